import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Field, Input } from "@tsunagu/ui";
import { OAuthCompletePage, pageMeta, problemMessages } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { kit, minimumSeekerAge } from "~/lib/kit.server";

export async function loader(args: LoaderFunctionArgs) {
  return { ...(await kit.pages.oauth.complete.loader(args)), minimumAge: minimumSeekerAge() };
}

export const action = kit.pages.oauth.complete.action;
export const meta = pageMeta;

/** Sign-up through a provider: the age gate still applies, so the birth date is asked here. */
export default function CompleteOAuthSignUp() {
  const { minimumAge } = useLoaderData<typeof loader>();
  const { t } = useTranslation("common");
  return (
    <OAuthCompletePage
      lead="auth.oauth.completeLead"
      fields={({ values, problems }) => (
        <Field
          label={t("auth.fields.birthDate")}
          requiredLabel={t("auth.fields.required")}
          description={t("auth.fields.birthDateHelp", { age: minimumAge })}
          error={problemMessages(t, problems, { age: minimumAge })}
        >
          <Input name="birthDate" type="date" required defaultValue={values.birthDate} />
        </Field>
      )}
    />
  );
}
