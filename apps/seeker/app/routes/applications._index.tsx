import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Badge, Card, EmptyState } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import { seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["jobs"] };

/** F5: "My applications": the job, the company, when, and where it stands. */
export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const [{ applications }, t, locale] = await Promise.all([
    api.applications.list(),
    kit.translator(request, "jobs"),
    kit.detectLocale(request),
  ]);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return {
    applications: applications.map((a) => ({ ...a, appliedOn: day.format(new Date(a.appliedAt)) })),
    title: t("list.title"),
  };
}

export const meta = pageMeta;

export default function MyApplications() {
  const { applications } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">{t("list.title")}</h1>
        <p className="text-ink-muted">{t("list.lead")}</p>
      </header>
      {applications.length === 0 ? (
        <EmptyState title={t("list.emptyTitle")} description={t("list.empty")} />
      ) : (
        <ul className="grid gap-4">
          {applications.map((a) => (
            <li key={a.id}>
              <Card className="grid gap-2">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 className="text-lg font-semibold text-ink">
                    <Link to={`/applications/${a.id}`} className="underline-offset-4 hover:underline">
                      {a.job.title}
                    </Link>
                  </h2>
                  <Badge tone={a.status === "WITHDRAWN" || a.status === "REJECTED" ? "neutral" : "success"}>
                    {t(`status.${a.status}`)}
                  </Badge>
                </div>
                <p className="text-sm text-ink-muted">
                  {a.job.companyName} · {a.job.location} · {t("list.appliedOn", { date: a.appliedOn })}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
