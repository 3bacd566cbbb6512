// The only door from this app to the server packages; see the bundle guard in @tsunagu/vite-config.
import { startForgettingDeletedResumes } from "@tsunagu/api";
import { createAppKit, signUpPage } from "@tsunagu/app-kit";
import { signUpEmployer, type EmployerSignUpProblem } from "@tsunagu/auth";

/** Created when the server starts: a missing or malformed variable stops it with its name. */
export const kit = createAppKit({
  app: "employer",
  devPort: 3001,
  canChangeEmail: true,
  // Facebook is for seekers only: companies sign in with their work Google or Microsoft accounts.
  oauthProviders: ["google", "microsoft"],
});

// F7: this server caches redacted resumes; a deleted account's copies leave as it is deleted.
startForgettingDeletedResumes();

/** Company sign-up (F10): the account, its company and the OWNER membership at once. */
export const companySignUp = signUpPage<"displayName" | "companyName", EmployerSignUpProblem>(kit, {
  fields: ["displayName", "companyName"],
  fieldOf: {
    "invalid-email": "email",
    "invalid-display-name": "displayName",
    "invalid-company-name": "companyName",
  },
  // Most people who recruit in Japan work in Japanese.
  defaultLanguage: "ja",
  titleKey: "auth.signUp.employerTitle",
  signUp: (db, { values, ...account }) => signUpEmployer(db, { ...account, ...values }),
});
