import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { savedJobForm } from "@tsunagu/schemas/applications";
import { Button, Card, EmptyState } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { jobFacts } from "~/lib/job-labels.server";
import { kit } from "~/lib/kit.server";
import { saveForm, seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["jobs"] };

/** F5: the seeker's saved jobs, newest first, each with Unsave. */
export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const [{ savedJobs }, t, locale] = await Promise.all([
    api.jobs.saved.list(),
    kit.translator(request, "jobs"),
    kit.detectLocale(request),
  ]);
  return {
    savedJobs: savedJobs.map((entry) => ({
      jobId: entry.jobId,
      job: entry.job ? { title: entry.job.title, companyName: entry.job.companyName, ...jobFacts(entry.job, locale) } : null,
    })),
    title: t("saved.title"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const outcome = await saveForm(request, savedJobForm, (api, value) => api.jobs.saved.unsave({ jobId: value.jobId }));
  if (outcome.done) return redirect("/jobs/saved");
  return { result: outcome.result };
}

export const meta = pageMeta;

export default function SavedJobs() {
  const { savedJobs } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">{t("saved.title")}</h1>
        <p className="text-ink-muted">{t("saved.lead")}</p>
      </header>
      {savedJobs.length === 0 ? (
        <EmptyState title={t("saved.emptyTitle")} description={t("saved.empty")} />
      ) : (
        <ul className="grid gap-4">
          {savedJobs.map((entry) => (
            <li key={entry.jobId}>
              <Card className="flex flex-wrap items-start justify-between gap-3">
                <div className="grid gap-1">
                  {entry.job ? (
                    <>
                      <h2 className="text-lg font-semibold text-ink">
                        <Link to={`/jobs/${entry.jobId}`} className="underline-offset-4 hover:underline">
                          {entry.job.title}
                        </Link>
                      </h2>
                      <p className="text-sm text-ink-muted">
                        {entry.job.companyName} · {entry.job.location} · {entry.job.employmentType}
                      </p>
                      {entry.job.salary ? <p className="text-sm text-ink">{entry.job.salary}</p> : null}
                    </>
                  ) : (
                    <h2 className="text-lg font-semibold text-ink-muted">{t("saved.unavailable")}</h2>
                  )}
                </div>
                <Form method="post">
                  <input type="hidden" name="jobId" value={entry.jobId} />
                  <input type="hidden" name="intent" value="unsave" />
                  <Button type="submit" variant="secondary">
                    {t("job.unsave")}
                  </Button>
                </Form>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
