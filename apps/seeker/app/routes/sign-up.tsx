import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Field, Input } from "@tsunagu/ui";
import { problemMessages, SignUpPage, pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { kit, minimumSeekerAge, seekerSignUp } from "~/lib/kit.server";

export async function loader(args: LoaderFunctionArgs) {
  return {
    ...(await seekerSignUp.loader(args)),
    minimumAge: minimumSeekerAge(),
    // A provider sign-up creates the account too, after the same age gate (/auth/complete).
    providers: kit.pages.oauth.buttons(),
  };
}

export const action = seekerSignUp.action;
export const meta = pageMeta;

export default function SeekerSignUp() {
  const { minimumAge, providers } = useLoaderData<typeof loader>();
  const { t } = useTranslation("common");
  return (
    <SignUpPage
      title={t("auth.signUp.title")}
      lead={t("auth.signUp.lead")}
      oauth={{ providers, redirectTo: "/resume" }}
      fieldsAfter={({ values, problems }) => (
        <Field
          label={t("auth.fields.birthDate")}
          requiredLabel={t("auth.fields.required")}
          description={t("auth.fields.birthDateHelp", { age: minimumAge })}
          error={problemMessages(t, problems.birthDate, { age: minimumAge })}
        >
          <Input name="birthDate" type="date" required defaultValue={values?.birthDate} />
        </Field>
      )}
    />
  );
}
