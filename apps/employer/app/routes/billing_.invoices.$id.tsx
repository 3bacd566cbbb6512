import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Badge, Card } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { PrintButton } from "~/components/print-button";
import { loadInvoicePage } from "~/lib/billing.server";
import { kit } from "~/lib/kit.server";
import printStylesheet from "~/styles/print.css?url";

export const handle = { i18n: ["billing"] };

export const links = () => [{ rel: "stylesheet", href: printStylesheet }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadInvoicePage(request, await kit.requireUser(request), params.id);
}

export const meta = pageMeta;

const TONE = { OPEN: "accent", PAID: "success", VOID: "neutral" } as const;

/** F11: one invoice as a clean printable page, with how to pay a manual invoice. */
export default function InvoicePage() {
  const { invoice } = useLoaderData<typeof loader>();
  const { t } = useTranslation("billing");
  const { company } = invoice;
  const rows: [string, string][] = [
    [t("invoice.number"), invoice.number],
    [t("invoice.issued"), invoice.issued],
    [t("invoice.due"), invoice.due],
    [t("invoice.periodLabel"), invoice.period],
    ...(invoice.paid ? ([[t("invoice.paid"), invoice.paid]] as [string, string][]) : []),
  ];
  return (
    <div className="invoice-print mx-auto grid max-w-2xl gap-6 px-4 py-10 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link
          to="/billing"
          className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline"
        >
          {t("invoice.back")}
        </Link>
        <PrintButton label={t("invoice.print")} />
      </div>
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold text-ink">
          {t("invoice.title", { number: invoice.number })}
        </h1>
        <Badge tone={TONE[invoice.status]}>{t(`invoices.statuses.${invoice.status}`)}</Badge>
      </header>

      <Card className="grid gap-6">
        <div className="grid gap-4 sm:grid-cols-2">
          <section className="grid gap-1 text-sm">
            <h2 className="font-semibold text-ink-muted">{t("invoice.billedTo")}</h2>
            <p className="font-medium text-ink [overflow-wrap:anywhere]">{company.name}</p>
            {company.corporateNumber ? (
              <p className="text-ink">
                {t("invoice.corporateNumber", { number: company.corporateNumber })}
              </p>
            ) : company.registryCountry && company.registryId ? (
              <p className="text-ink">
                {t("invoice.registry", {
                  country: company.registryCountry,
                  id: company.registryId,
                })}
              </p>
            ) : null}
            {company.website ? (
              <p className="text-ink [overflow-wrap:anywhere]">{company.website}</p>
            ) : null}
          </section>
          <section className="grid gap-1 text-sm">
            <h2 className="font-semibold text-ink-muted">{t("invoice.issuer")}</h2>
            <p className="font-medium text-ink">{t("invoice.issuerName")}</p>
          </section>
        </div>

        <dl className="grid gap-2 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-6">
          {rows.map(([label, value]) => (
            <div key={label} className="grid gap-0.5 sm:contents">
              <dt className="text-ink-muted">{label}</dt>
              <dd className="font-medium text-ink">{value}</dd>
            </div>
          ))}
        </dl>

        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-line text-left text-ink-muted">
              <th scope="col" className="py-2 font-medium">
                {t("invoice.description")}
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                {t("invoice.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="border-b border-line">
              <td className="py-2 text-ink">
                {t("invoice.line", { plan: invoice.planName ?? "" })}
                <span className="block text-xs text-ink-muted">{invoice.period}</span>
              </td>
              <td className="py-2 text-right text-ink">{invoice.amount}</td>
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="py-2 text-left font-semibold text-ink">
                {t("invoice.total")}
              </th>
              <td
                className="py-2 text-right text-lg font-bold text-ink"
                data-testid="invoice-total"
              >
                {invoice.amount}
              </td>
            </tr>
          </tfoot>
        </table>
        <p className="text-xs text-ink-muted">{t("invoice.taxNote")}</p>
      </Card>

      <Card className="grid gap-2 text-sm">
        {invoice.status === "VOID" ? (
          <p className="text-ink">{t("invoice.voidNote")}</p>
        ) : invoice.provider === "STRIPE" ? (
          <p className="text-ink">{t("invoice.stripeNote")}</p>
        ) : invoice.status === "PAID" ? (
          <p className="text-ink">{t("invoice.paidNote")}</p>
        ) : (
          <>
            <h2 className="font-semibold text-ink">{t("invoice.howToPay")}</h2>
            <p className="text-ink">
              {t("invoice.bankTransfer", { due: invoice.due, number: invoice.number })}
            </p>
            <p className="text-ink-muted">{t("invoice.afterPayment")}</p>
          </>
        )}
      </Card>
    </div>
  );
}
