import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { SEEKER_EMAIL_CATEGORIES, seekerEmailPreferences } from "@tsunagu/schemas/email";
import { Button, Card } from "@tsunagu/ui";
import { CheckboxField, FormErrors, getFormProps, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import { saveForm, seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["email"] };

/** F8: the seeker's email choice per category; account and security mail is always sent. */
export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const [preferences, t] = await Promise.all([
    api.email.preferences(),
    kit.translator(request, "email"),
  ]);
  return { preferences, title: t("title") };
}

export async function action({ request }: ActionFunctionArgs) {
  const outcome = await saveForm(request, seekerEmailPreferences, (api, value) =>
    api.email.savePreferences(value),
  );
  return { result: outcome.result, saved: Boolean(outcome.done) };
}

export const meta = pageMeta;

export default function EmailSettingsPage() {
  const { preferences } = useLoaderData<typeof loader>();
  const saved = useActionData<typeof action>();
  const { t } = useTranslation("email");
  const { t: tCommon } = useTranslation("common");
  const saving = useNavigation().state === "submitting";
  const [form, fields] = useAppForm({
    schema: seekerEmailPreferences,
    lastResult: saved?.result,
    defaultValue: Object.fromEntries(
      SEEKER_EMAIL_CATEGORIES.map((category) => [
        category,
        preferences[category] ? "on" : undefined,
      ]),
    ),
  });
  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="text-ink-muted">{t("description")}</p>
      </header>
      <Card className="grid gap-6">
        <Form method="post" {...getFormProps(form)} className="grid gap-5">
          <FormErrors errors={form.errors} id={form.errorId} />
          <div className="grid gap-1 rounded-md border border-line p-4">
            <p className="flex items-start gap-3 text-sm text-ink">
              <input
                type="checkbox"
                checked
                disabled
                aria-describedby="account-mail-help"
                aria-label={t("account.label")}
                className="mt-0.5 size-4 shrink-0 rounded border-line"
              />
              <span className="font-medium">{t("account.label")}</span>
            </p>
            <p id="account-mail-help" className="pl-7 text-sm text-ink-muted">
              {t("account.help")}
            </p>
          </div>
          {SEEKER_EMAIL_CATEGORIES.map((category) => (
            <div key={category} className="grid gap-2 rounded-md border border-line p-4">
              <CheckboxField
                field={fields[category]}
                label={t(`category.${category}.label`)}
                description={t(`category.${category}.help`)}
              />
              {category === "JOB_ALERTS" ? (
                <Link
                  to="/jobs/alerts"
                  className="pl-7 text-sm font-medium text-accent-strong underline"
                >
                  {t("manageJobAlerts")}
                </Link>
              ) : null}
            </div>
          ))}
          <div className="flex flex-wrap items-center gap-3 border-t border-line pt-5">
            <Button type="submit" disabled={saving}>
              {saving ? tCommon("form.saving") : tCommon("form.save")}
            </Button>
            <p role="status" className="text-sm font-medium text-success">
              {saved?.saved ? t("saved") : null}
            </p>
          </div>
        </Form>
      </Card>
    </div>
  );
}
