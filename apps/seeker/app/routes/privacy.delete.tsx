import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Alert, Button, Card, Field, Input } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { PrivacyNav } from "~/components/privacy/privacy-nav";
import { loadDeletePage, runDeleteAction } from "~/lib/privacy.server";

export const handle = { i18n: ["privacy"] };

export async function loader({ request }: LoaderFunctionArgs) {
  return loadDeletePage(request);
}

export async function action({ request }: ActionFunctionArgs) {
  return runDeleteAction(request);
}

export const meta = pageMeta;

/** F7: delete the account, after saying plainly what goes and what stays, and for how long. */
export default function DeleteAccountPage() {
  const { retention } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const { t } = useTranslation("privacy");
  const problem = outcome && "problem" in outcome ? outcome.problem : null;
  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold text-ink">{t("delete.title")}</h1>
        <p className="text-ink-muted">{t("delete.lead")}</p>
      </header>
      <PrivacyNav />
      <Card className="grid gap-3">
        <h2 className="text-lg font-semibold text-ink">{t("delete.goesTitle")}</h2>
        <ul className="grid list-disc gap-1 pl-5 text-sm text-ink">
          {(["resume", "applications", "search", "sessions", "mail"] as const).map((item) => (
            <li key={item}>{t(`delete.goes.${item}`)}</li>
          ))}
        </ul>
      </Card>
      <Card className="grid gap-3">
        <h2 className="text-lg font-semibold text-ink">{t("delete.staysTitle")}</h2>
        <ul className="grid list-disc gap-2 pl-5 text-sm text-ink">
          <li>{t("delete.stays.provision", { years: retention.provisionRecordsYears })}</li>
          <li>{t("delete.stays.evidence", { years: retention.evidenceYears })}</li>
          <li>{t("delete.stays.suppression", { years: retention.suppressionYears })}</li>
        </ul>
        <p className="text-sm text-ink-muted">{t("delete.staysNote")}</p>
      </Card>
      <Card className="grid gap-4">
        <h2 className="text-lg font-semibold text-ink">{t("delete.confirmTitle")}</h2>
        <p className="text-sm text-ink-muted">{t("delete.downloadFirst")}</p>
        {problem ? (
          <Alert tone="danger" role="alert">
            {t(`delete.problems.${problem}`)}
          </Alert>
        ) : null}
        <Form method="post" className="grid gap-4">
          <Field label={t("delete.password")} id="delete-password">
            <Input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              aria-invalid={problem === "wrong-password" || problem === "no-password" || undefined}
            />
          </Field>
          <label className="flex items-start gap-3 text-sm text-ink">
            <input type="checkbox" name="confirm" value="yes" required className="mt-0.5 size-5" />
            <span>{t("delete.confirm")}</span>
          </label>
          <div>
            <Button type="submit" variant="destructive" disabled={busy}>
              {t("delete.submit")}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
