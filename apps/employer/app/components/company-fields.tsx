import { Field, Input } from "@tsunagu/ui";
import { problemMessages, type AccountProblem } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";

/**
 * The company's name and its owner's: asked by company sign-up, and by sign-up with Google or
 * Microsoft (which know neither).
 */
export function CompanyFields({
  values,
  problems,
}: {
  values: Record<string, string> | undefined;
  problems: Partial<Record<"companyName" | "displayName", AccountProblem[]>>;
}) {
  const { t } = useTranslation("common");
  return (
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
        <Input name="displayName" autoComplete="name" required defaultValue={values?.displayName} />
      </Field>
    </>
  );
}
