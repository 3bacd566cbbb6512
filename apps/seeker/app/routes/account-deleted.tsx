import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Card } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { loadDeletedPage } from "~/lib/privacy.server";

export const handle = { i18n: ["privacy"] };

export async function loader({ request }: LoaderFunctionArgs) {
  return loadDeletedPage(request);
}

export const meta = pageMeta;

/** After a deletion (F7): it is done, and this is what was kept, why and until when. */
export default function AccountDeletedPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("privacy");
  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold text-ink">{t("deleted.title")}</h1>
        <p className="text-ink-muted">{t("deleted.lead")}</p>
      </header>
      <Card className="grid gap-3">
        <h2 className="text-lg font-semibold text-ink">{t("deleted.keptTitle")}</h2>
        <ul className="grid list-disc gap-2 pl-5 text-sm text-ink">
          {data.records > 0 && data.provisionUntil ? (
            <li>{t("deleted.provision", { count: data.records, date: data.provisionUntil })}</li>
          ) : null}
          {data.evidenceUntil ? (
            <li>{t("deleted.evidence", { date: data.evidenceUntil })}</li>
          ) : null}
          {data.suppressionUntil ? (
            <li>{t("deleted.suppression", { date: data.suppressionUntil })}</li>
          ) : null}
        </ul>
        <p className="text-sm text-ink-muted">
          {data.mailSent ? t("deleted.mailSent") : t("deleted.mailDelayed")}
        </p>
      </Card>
      <p>
        <Link to="/" className="font-medium text-accent-strong underline underline-offset-4">
          {t("deleted.home")}
        </Link>
      </p>
    </div>
  );
}
