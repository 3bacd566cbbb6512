import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { cardSettings } from "@tsunagu/schemas/visibility";
import { Button, Card } from "@tsunagu/ui";
import { CheckboxField, FormErrors, getFormProps, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import { cardUrl, runCardAction } from "~/lib/networking-card.server";
import { seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["visibility"] };

/** F3: the networking card: on/off, its link, a new link, and the search-engine opt-in. */
export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const [card, t] = await Promise.all([
    api.visibility.card(),
    kit.translator(request, "visibility"),
  ]);
  return { card, url: card.slug ? cardUrl(card.slug) : null, title: t("card.title") };
}

export async function action({ request }: ActionFunctionArgs) {
  return runCardAction(request);
}

export const meta = pageMeta;

export default function CardSettingsPage() {
  const { card, url } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const { t } = useTranslation("visibility");
  const { t: tCommon } = useTranslation("common");
  const saving = useNavigation().state === "submitting";
  const [form, fields] = useAppForm({
    schema: cardSettings,
    lastResult: outcome?.intent === "save" ? outcome.result : undefined,
    defaultValue: {
      enabled: card.enabled ? "on" : undefined,
      searchEnginesAllowed: card.searchEnginesAllowed ? "on" : undefined,
    },
  });
  const done = outcome?.done
    ? outcome.intent === "save"
      ? t("card.saved")
      : t("card.link.renewed")
    : null;
  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <Link
          to="/visibility"
          className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline"
        >
          {t("title")}
        </Link>
        <h1 className="text-2xl font-semibold text-ink">{t("card.title")}</h1>
        <p className="text-ink-muted">{t("card.description")}</p>
        <p role="status" className="text-sm font-medium text-success">
          {done}
        </p>
      </header>

      <Card className="grid gap-5">
        <Form method="post" {...getFormProps(form)} className="grid gap-5">
          <input type="hidden" name="intent" value="save" />
          <FormErrors errors={form.errors} id={form.errorId} />
          <CheckboxField
            field={fields.enabled}
            label={t("card.enabled.label")}
            description={t("card.enabled.help")}
          />
          <CheckboxField
            field={fields.searchEnginesAllowed}
            label={t("card.searchEngines.label")}
            description={t("card.searchEngines.help")}
          />
          <div className="border-t border-line pt-5">
            <Button type="submit" disabled={saving}>
              {saving ? tCommon("form.saving") : tCommon("form.save")}
            </Button>
          </div>
        </Form>
      </Card>

      <Card className="grid gap-4">
        <h2 className="text-lg font-semibold text-ink">{t("card.link.heading")}</h2>
        {url ? (
          <>
            <p className="text-ink-muted">
              {card.enabled ? t("card.link.on") : t("card.link.off")}
            </p>
            <p
              className="rounded-md bg-surface-muted p-3 font-mono text-sm text-ink [overflow-wrap:anywhere]"
              data-testid="card-url"
            >
              {url}
            </p>
            {card.enabled ? (
              <div>
                <a
                  href={url}
                  className="font-medium text-accent-strong underline underline-offset-4"
                >
                  {t("card.link.open")}
                </a>
              </div>
            ) : null}
            <Form method="post" className="grid gap-2 border-t border-line pt-4">
              <input type="hidden" name="intent" value="new-link" />
              <p id="renew-help" className="text-sm text-ink-muted">
                {t("card.link.renewHelp")}
              </p>
              <div>
                <Button
                  type="submit"
                  variant="secondary"
                  disabled={saving}
                  aria-describedby="renew-help"
                >
                  {t("card.link.renew")}
                </Button>
              </div>
            </Form>
          </>
        ) : (
          <p className="text-ink-muted">{t("card.link.none")}</p>
        )}
      </Card>
    </div>
  );
}
