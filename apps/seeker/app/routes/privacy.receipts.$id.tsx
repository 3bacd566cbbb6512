import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Card } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import printStylesheet from "~/styles/print.css?url";
import { loadReceiptPage } from "~/lib/privacy.server";

export const handle = { i18n: ["privacy"] };

export const links = () => [{ rel: "stylesheet", href: printStylesheet }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadReceiptPage(request, params.id ?? "");
}

export const meta = pageMeta;

/** F7: a printable receipt of one consent decision, as the platform keeps it. */
export default function ConsentReceiptPage() {
  const { receipt } = useLoaderData<typeof loader>();
  const { t } = useTranslation("privacy");
  const rows: [string, string][] = [
    [t("receipt.number"), receipt.id],
    [t("receipt.account"), receipt.email],
    [t("receipt.purpose"), t(`purpose.${receipt.purpose}.label`)],
    [t("receipt.decision"), receipt.granted ? t("receipt.granted") : t("receipt.withdrawn")],
    [t("receipt.time"), receipt.on],
    [t("receipt.policy"), receipt.policyVersion],
    [t("receipt.where"), t(`source.${receipt.source}` as "source.SIGN_UP")],
  ];
  return (
    <div className="resume-print mx-auto grid max-w-2xl gap-6 px-4 py-10 sm:px-6">
      <p className="text-sm text-ink-muted print:hidden">
        <Link to="/privacy" className="font-medium text-accent-strong underline underline-offset-4">
          {t("receipt.back")}
        </Link>
      </p>
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold text-ink">{t("receipt.title")}</h1>
        <p className="text-ink-muted">{t("receipt.lead")}</p>
      </header>
      <Card>
        <dl className="grid gap-3 sm:grid-cols-[auto_1fr] sm:gap-x-6">
          {rows.map(([label, value]) => (
            <div key={label} className="grid gap-0.5 sm:contents">
              <dt className="text-sm text-ink-muted">{label}</dt>
              <dd className="font-medium break-all text-ink">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <p className="text-sm text-ink-muted print:hidden">{t("receipt.print")}</p>
    </div>
  );
}
