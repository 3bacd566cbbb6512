import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Badge } from "../components/badge";
import { NarrowPage } from "../components/narrow-page";

/** What the /privacy-policy loader of @tsunagu/app-kit returns. */
export interface PrivacyPolicyPageView {
  shown: {
    version: string;
    effectiveOn: string;
    isCurrent: boolean;
    changes: string[];
    sections: { heading: string; paragraphs: string[] }[];
  };
  history: { version: string; effectiveOn: string; isCurrent: boolean; changes: string[] }[];
}

/** The privacy policy, one version of it, and the history of all versions (newest first). */
export function PrivacyPolicyPage() {
  const { shown, history } = useLoaderData<PrivacyPolicyPageView>();
  const { t } = useTranslation("common");
  return (
    <NarrowPage
      title={t("policy.title")}
      lead={t("policy.versionLine", { version: shown.version, date: shown.effectiveOn })}
      width="settings"
    >
      {shown.isCurrent ? null : (
        <p
          role="status"
          className="rounded-md border border-line bg-surface-muted p-3 text-sm text-ink"
        >
          {t("policy.olderVersion")}{" "}
          <Link
            to="/privacy-policy"
            className="font-medium text-accent-strong underline underline-offset-4"
          >
            {t("policy.currentLink")}
          </Link>
        </p>
      )}
      <article className="grid gap-6" data-testid="policy-text">
        {shown.sections.map((section) => (
          <section key={section.heading} className="grid gap-2">
            <h2 className="text-lg font-semibold text-ink">{section.heading}</h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph} className="text-sm leading-6 text-ink">
                {paragraph}
              </p>
            ))}
          </section>
        ))}
      </article>
      <section aria-labelledby="policy-history" className="grid gap-3">
        <h2 id="policy-history" className="text-lg font-semibold text-ink">
          {t("policy.history")}
        </h2>
        <ol className="grid gap-3">
          {history.map((entry) => (
            <li
              key={entry.version}
              className="grid gap-1 border-t border-line pt-3 first:border-t-0 first:pt-0"
            >
              <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-ink">
                <Link
                  to={`/privacy-policy?version=${entry.version}`}
                  aria-current={entry.version === shown.version ? "page" : undefined}
                  className="text-accent-strong underline underline-offset-4"
                >
                  {t("policy.versionLine", { version: entry.version, date: entry.effectiveOn })}
                </Link>
                {entry.isCurrent ? <Badge tone="success">{t("policy.inForce")}</Badge> : null}
              </p>
              <ul className="list-disc pl-5 text-sm text-ink-muted">
                {entry.changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </NarrowPage>
  );
}
