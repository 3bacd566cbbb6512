import { OAuthCompletePage } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { CompanyFields } from "~/components/company-fields";
import { kit } from "~/lib/kit.server";

export const loader = kit.pages.oauth.complete.loader;
export const action = kit.pages.oauth.complete.action;
export { pageMeta as meta } from "@tsunagu/ui/remix";

/** Company sign-up through Google or Microsoft: the provider knows neither name asked here. */
export default function CompleteCompanySignUp() {
  const { t } = useTranslation("common");
  return (
    <OAuthCompletePage
      lead={t("auth.oauth.completeCompanyLead")}
      fields={({ values, problems }) => (
        <CompanyFields
          values={values}
          problems={{
            companyName: problems.filter((problem) => problem === "invalid-company-name"),
            displayName: problems.filter((problem) => problem === "invalid-display-name"),
          }}
        />
      )}
    />
  );
}
