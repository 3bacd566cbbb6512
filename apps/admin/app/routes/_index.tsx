import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import {
  Badge,
  CalloutSection,
  Card,
  FeatureGrid,
  Hero,
  keyedFeatures,
  PageSection,
} from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";

const duties = ["companies", "requests", "incidents", "operations"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await kit.requireUser(request);
  const [database, locale] = await Promise.all([kit.checkDatabase(), kit.detectLocale(request)]);
  // Formatted here so server and browser render the same text (time zones and ICU data differ).
  const checkedAt = new Intl.DateTimeFormat(locale, {
    timeStyle: "medium",
    timeZone: "UTC",
  }).format(new Date());
  return { database, checkedAt: `${checkedAt} UTC` };
}

export default function AdminHome() {
  const { database, checkedAt } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");

  return (
    <>
      <Hero
        title={t("home.title")}
        lead={t("home.lead")}
        aside={
          <Card role="region" aria-labelledby="system-status-title">
            <h2 id="system-status-title" className="text-base font-semibold text-ink">
              {t("home.status.title")}
            </h2>
            <dl className="mt-4 flex items-center justify-between gap-4 text-sm">
              <dt className="text-ink-muted">{t("home.status.database")}</dt>
              <dd>
                <Badge tone={database === "ok" ? "success" : "danger"}>
                  <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
                  {database === "ok" ? t("home.status.ok") : t("home.status.unavailable")}
                </Badge>
              </dd>
            </dl>
            <p className="mt-4 text-xs text-ink-muted">
              {t("home.status.checkedAt", { time: checkedAt })}
            </p>
          </Card>
        }
      />
      <PageSection title={t("home.duties.title")}>
        <FeatureGrid columns={2} items={keyedFeatures(t, "home.duties", duties)} />
      </PageSection>
      <CalloutSection id="privacy" title={t("home.privacy.title")} body={t("home.privacy.body")} />
    </>
  );
}
