import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { DISCLOSURE_KINDS } from "@tsunagu/schemas/privacy";
import { Button, Card, EmptyState, Label, Select } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { PrivacyNav } from "~/components/privacy/privacy-nav";
import { loadLedgerPage } from "~/lib/privacy.server";

export const handle = { i18n: ["privacy"] };

export async function loader({ request }: LoaderFunctionArgs) {
  return loadLedgerPage(request);
}

export const meta = pageMeta;

/** F7: which company saw or received what of the seeker, when and for what stated purpose. */
export default function DisclosureLedgerPage() {
  const { entries, companies, filters, hasMore } = useLoaderData<typeof loader>();
  const { t } = useTranslation("privacy");
  const filtered = Boolean(filters.kind || filters.company);
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    if (filters.kind) params.set("kind", filters.kind);
    if (filters.company) params.set("company", filters.company);
    if (page > 0) params.set("page", String(page));
    const query = params.toString();
    return query ? `?${query}` : ".";
  };
  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold text-ink">{t("ledger.title")}</h1>
        <p className="text-ink-muted">{t("ledger.lead")}</p>
      </header>
      <PrivacyNav />
      <Card>
        <Form
          method="get"
          aria-label={t("ledger.filters")}
          className="flex flex-wrap items-end gap-4"
        >
          <div className="grid gap-1">
            <Label htmlFor="ledger-kind">{t("ledger.kindLabel")}</Label>
            <Select id="ledger-kind" name="kind" defaultValue={filters.kind}>
              <option value="">{t("ledger.all")}</option>
              {DISCLOSURE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`ledger.kind.${kind}`)}
                </option>
              ))}
            </Select>
          </div>
          <div className="grid gap-1">
            <Label htmlFor="ledger-company">{t("ledger.companyLabel")}</Label>
            <Select id="ledger-company" name="company" defaultValue={filters.company}>
              <option value="">{t("ledger.all")}</option>
              {companies.map((company) => (
                <option key={company.id} value={company.id}>
                  {company.name}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="outline">
            {t("ledger.apply")}
          </Button>
        </Form>
      </Card>
      {entries.length === 0 ? (
        <EmptyState title={filtered ? t("ledger.emptyFiltered") : t("ledger.empty")} />
      ) : (
        <ol className="grid gap-3" aria-label={t("ledger.title")}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <Card className="grid gap-1 sm:grid-cols-[12rem_1fr] sm:gap-x-6">
                <p className="text-sm text-ink-muted">{entry.on}</p>
                <div className="grid gap-1">
                  <p className="font-semibold text-ink">
                    {entry.company.name} · {t(`ledger.kind.${entry.kind}`)}
                  </p>
                  <p className="text-sm text-ink-muted">
                    {t("ledger.purpose")}: {entry.purpose}
                  </p>
                  {entry.jobTitle ? (
                    <p className="text-sm text-ink-muted">
                      {t("ledger.job")}: {entry.jobTitle}
                    </p>
                  ) : null}
                </div>
              </Card>
            </li>
          ))}
        </ol>
      )}
      {filters.page > 0 || hasMore ? (
        <nav className="flex justify-between gap-4 text-sm font-medium">
          {filters.page > 0 ? (
            <Link
              to={pageLink(filters.page - 1)}
              className="text-accent-strong underline underline-offset-4"
            >
              {t("ledger.newer")}
            </Link>
          ) : (
            <span />
          )}
          {hasMore ? (
            <Link
              to={pageLink(filters.page + 1)}
              className="text-accent-strong underline underline-offset-4"
            >
              {t("ledger.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
