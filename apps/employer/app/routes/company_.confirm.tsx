import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, Card, NarrowPage } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { confirmDomainPage, loadConfirmPage } from "~/lib/company.server";
import { kit } from "~/lib/kit.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return loadConfirmPage(request, await kit.requireUser(request));
}

export async function action({ request }: ActionFunctionArgs) {
  return confirmDomainPage(request, await kit.requireUser(request));
}

export const meta = pageMeta;

/**
 * F10: the link in the domain-confirmation email. Opening it changes nothing (mail scanners
 * open links too); the signed-in owner confirms with the button.
 */
export default function ConfirmDomain() {
  const { token, companyName, verified } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("employer");
  const done = (result && "done" in result) || verified;
  const problem = result && "problem" in result ? result.problem : token ? null : "missing";
  return (
    <NarrowPage
      title={t("verification.confirm.title")}
      lead={t("verification.confirm.lead", { company: companyName })}
    >
      <Card className="grid gap-4">
        {done ? (
          <Alert tone="success">{t("verification.confirm.done")}</Alert>
        ) : (
          <>
            {problem ? <Alert tone="danger">{t(`verification.confirm.${problem}`)}</Alert> : null}
            {token ? (
              <Form method="post">
                <input type="hidden" name="token" value={token} />
                <Button type="submit">{t("verification.confirm.button")}</Button>
              </Form>
            ) : null}
          </>
        )}
        <p className="text-sm">
          <Link to="/company" className="underline">
            {t("verification.confirm.back")}
          </Link>
        </p>
      </Card>
    </NarrowPage>
  );
}
