// The only door from this app to the server packages; see the bundle guard in @tsunagu/vite-config.
import { consentsToReview } from "@tsunagu/api";
import { createAppKit, signUpPage } from "@tsunagu/app-kit";
import { minimumSeekerAge, signUpSeeker, type SignUpProblem } from "@tsunagu/auth";

/** Created when the server starts: a missing or malformed variable stops it with its name. */
export const kit = createAppKit({
  app: "seeker",
  devPort: 3000,
  canChangeEmail: true,
  oauthProviders: ["google", "facebook", "microsoft"],
  // Policy versions (R7): a consent whose purpose a newer version changed is reviewed first.
  afterSignIn: async (db, userId, redirectTo) =>
    (await consentsToReview(db, userId)).length > 0
      ? `/privacy/review?${new URLSearchParams({ redirectTo })}`
      : redirectTo,
});

/** Seeker sign-up (F1): the age gate needs the birth date before anything else exists. */
export const seekerSignUp = signUpPage<"birthDate", SignUpProblem>(kit, {
  fields: ["birthDate"],
  fieldOf: {
    "invalid-email": "email",
    "invalid-birth-date": "birthDate",
    "below-minimum-age": "birthDate",
  },
  defaultLanguage: "en",
  titleKey: "auth.signUp.title",
  signUp: (db, { values, ...account }) =>
    signUpSeeker(db, { ...account, birthDate: values.birthDate }),
});

export { minimumSeekerAge };
