import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SignUpPage, pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { CompanyFields } from "~/components/company-fields";
import { companySignUp, kit } from "~/lib/kit.server";

export async function loader(args: LoaderFunctionArgs) {
  return {
    ...(await companySignUp.loader(args)),
    // A provider sign-up creates the company account too, once it is named (/auth/complete).
    providers: kit.pages.oauth.buttons(),
  };
}

export const action = companySignUp.action;
export const meta = pageMeta;

export default function EmployerSignUp() {
  const { providers } = useLoaderData<typeof loader>();
  const { t } = useTranslation("common");
  return (
    <SignUpPage
      title={t("auth.signUp.employerTitle")}
      lead={t("auth.signUp.employerLead")}
      oauth={{ providers, redirectTo: "/account" }}
      fieldsBefore={({ values, problems }) => <CompanyFields values={values} problems={problems} />}
    />
  );
}
