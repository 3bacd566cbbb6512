import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { visibilitySettings } from "@tsunagu/schemas/visibility";
import { Button, Card } from "@tsunagu/ui";
import { CheckboxField, FormErrors, getFormProps, getInputProps, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import { saveForm, seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["visibility"] };

const CHOICES = ["PRIVATE", "SEARCHABLE"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const [settings, t, locale] = await Promise.all([
    api.visibility.get(),
    kit.translator(request, "visibility"),
    kit.detectLocale(request),
  ]);
  const consentDate = settings.consent
    ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Tokyo" }).format(
        new Date(settings.consent.grantedAt),
      )
    : null;
  return { settings, consentDate, title: t("title") };
}

export async function action({ request }: ActionFunctionArgs) {
  const outcome = await saveForm(request, visibilitySettings, (api, value) => api.visibility.save(value));
  return { result: outcome.result, saved: Boolean(outcome.done) };
}

export const meta = pageMeta;

export default function VisibilityPage() {
  const { settings, consentDate } = useLoaderData<typeof loader>();
  const saved = useActionData<typeof action>();
  const { t } = useTranslation("visibility");
  const { t: tCommon } = useTranslation("common");
  const saving = useNavigation().state === "submitting";
  const [form, fields] = useAppForm({
    schema: visibilitySettings,
    lastResult: saved?.result,
    defaultValue: { visibility: settings.visibility, shareAgeBand: settings.shareAgeBand ? "on" : undefined },
  });
  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="text-ink-muted">{t("description")}</p>
        <p className="font-medium text-ink" data-testid="current-visibility">
          {t(`current.${settings.visibility}`)}
        </p>
      </header>
      <Card className="grid gap-6">
        <Form method="post" {...getFormProps(form)} className="grid gap-5">
          <FormErrors errors={form.errors} id={form.errorId} />
          <fieldset className="grid gap-3">
            <legend className="mb-2 text-lg font-semibold text-ink">{t("choice.legend")}</legend>
            {CHOICES.map((choice) => {
              const { key, ...props } = getInputProps(fields.visibility, { type: "radio", value: choice });
              const id = `${fields.visibility.id}-${choice}`;
              return (
                <div key={choice} className="grid gap-1 rounded-md border border-line p-4">
                  <label htmlFor={id} className="flex items-start gap-3 text-ink">
                    <input key={key} {...props} id={id} aria-describedby={`${id}-help`} className="mt-1 size-4 shrink-0" />
                    <span className="font-medium">{t(`choice.${choice}.label`)}</span>
                  </label>
                  <p id={`${id}-help`} className="pl-7 text-sm text-ink-muted">
                    {t(`choice.${choice}.help`)}
                  </p>
                </div>
              );
            })}
          </fieldset>
          {settings.consent ? (
            <p className="text-sm text-ink-muted">
              {t("consent.given", { date: consentDate, version: settings.consent.policyVersion })}
            </p>
          ) : (
            <CheckboxField
              field={fields.consentSearchable}
              label={t("consent.label")}
              description={t("consent.help", { version: settings.policyVersion })}
            />
          )}
          <CheckboxField
            field={fields.shareAgeBand}
            label={t("shareAgeBand.label")}
            description={t("shareAgeBand.help")}
          />
          <div className="flex flex-wrap items-center gap-3 border-t border-line pt-5">
            <Button type="submit" disabled={saving}>
              {saving ? tCommon("form.saving") : tCommon("form.save")}
            </Button>
            <p role="status" className="text-sm font-medium text-success">
              {saved?.saved ? t(`current.${settings.visibility}`) : null}
            </p>
          </div>
        </Form>
      </Card>
      <nav aria-label={t("more")} className="flex flex-wrap gap-4">
        <Link to="/visibility/blocks" className="font-medium text-accent-strong underline underline-offset-4">
          {t("blocks.nav")}
        </Link>
        <Link to="/visibility/preview" className="font-medium text-accent-strong underline underline-offset-4">
          {t("preview.nav")}
        </Link>
        <Link to="/visibility/card" className="font-medium text-accent-strong underline underline-offset-4">
          {t("card.nav")}
        </Link>
      </nav>
    </div>
  );
}
