import { OAuthCompletePage } from "@tsunagu/ui/remix";
import { CompanyFields } from "~/components/company-fields";
import { kit } from "~/lib/kit.server";

export const loader = kit.pages.oauth.complete.loader;
export const action = kit.pages.oauth.complete.action;
export { pageMeta as meta } from "@tsunagu/ui/remix";

/** Company sign-up through Google or Microsoft: the provider knows neither name asked here. */
export default function CompleteCompanySignUp() {
  return (
    <OAuthCompletePage
      lead="auth.oauth.completeCompanyLead"
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
