import { Field, Input } from "@tsunagu/ui";
import { problemMessages, SignUpPage, pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { companySignUp } from "~/lib/kit.server";

export const loader = companySignUp.loader;
export const action = companySignUp.action;
export const meta = pageMeta;

export default function EmployerSignUp() {
  const { t } = useTranslation("common");
  return (
    <SignUpPage
      title={t("auth.signUp.employerTitle")}
      lead={t("auth.signUp.employerLead")}
      fieldsBefore={({ values, problems }) => (
        <>
          <Field
            label={t("auth.fields.companyName")}
            requiredLabel={t("auth.fields.required")}
            error={problemMessages(t, problems.companyName)}
          >
            <Input
              name="companyName"
              autoComplete="organization"
              required
              defaultValue={values?.companyName}
            />
          </Field>
          <Field
            label={t("auth.fields.displayName")}
            requiredLabel={t("auth.fields.required")}
            description={t("auth.fields.displayNameHelp")}
            error={problemMessages(t, problems.displayName)}
          >
            <Input
              name="displayName"
              autoComplete="name"
              required
              defaultValue={values?.displayName}
            />
          </Field>
        </>
      )}
    />
  );
}
