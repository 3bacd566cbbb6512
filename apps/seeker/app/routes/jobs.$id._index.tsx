import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { jobRef, savedJobForm } from "@tsunagu/schemas/applications";
import { Badge, Button, buttonVariants, Card } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { jobFacts } from "~/lib/job-labels.server";
import { kit } from "~/lib/kit.server";
import { publicApi, saveForm } from "~/lib/seeker-api.server";

export const handle = { i18n: ["jobs"] };

/** F5: one job, everything public about it and its company; Apply, and Save for signed-in seekers. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const parsed = jobRef.safeParse({ jobId: params.id });
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  const [api, signedIn, locale] = await Promise.all([
    publicApi(request),
    kit.getOptionalUser(request),
    kit.detectLocale(request),
  ]);
  let job;
  try {
    job = await api.jobs.get(parsed.data);
  } catch {
    throw new Response("Not found", { status: 404 });
  }
  const saved = signedIn ? (await api.jobs.saved.contains(parsed.data)).saved : false;
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return {
    job,
    facts: jobFacts(job, locale),
    publishedOn: day.format(new Date(job.publishedAt)),
    saved,
    title: job.title,
  };
}

/** Save or unsave; a visitor is sent to sign in and comes back to this job. */
export async function action({ request, params }: ActionFunctionArgs) {
  const outcome = await saveForm(request, savedJobForm, (api, value) =>
    value.intent === "save" ? api.jobs.saved.save({ jobId: value.jobId }) : api.jobs.saved.unsave({ jobId: value.jobId }),
  );
  if (outcome.done) return redirect(`/jobs/${params.id}`);
  return { result: outcome.result };
}

export const meta = pageMeta;

export default function JobPage() {
  const { job, facts, publishedOn, saved } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-10 sm:px-6">
      <Link to="/jobs" className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline">
        {t("job.back")}
      </Link>
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">{job.title}</h1>
        <p className="text-ink-muted">
          {job.company.name} · {facts.location}
        </p>
        {job.visaSupport ? (
          <div>
            <Badge tone="success">{t("search.visaBadge")}</Badge>
          </div>
        ) : null}
      </header>
      <div className="flex flex-wrap gap-3">
        <Link to={`/jobs/${job.id}/apply`} className={buttonVariants()}>
          {t("job.apply")}
        </Link>
        <Form method="post">
          <input type="hidden" name="jobId" value={job.id} />
          <input type="hidden" name="intent" value={saved ? "unsave" : "save"} />
          <Button type="submit" variant="secondary">
            {saved ? t("job.unsave") : t("job.save")}
          </Button>
        </Form>
      </div>
      <Card className="grid gap-4">
        <h2 className="text-lg font-semibold text-ink">{t("job.facts")}</h2>
        <dl className="grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-ink-muted">{t("job.location")}</dt>
            <dd className="text-ink">{facts.location}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">{t("job.employmentType")}</dt>
            <dd className="text-ink">{facts.employmentType}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">{t("job.workArrangement")}</dt>
            <dd className="text-ink">{t(`job.arrangement.${job.workArrangement}`, { defaultValue: job.workArrangement })}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">{t("job.salary")}</dt>
            <dd className="text-ink">{facts.salary ?? t("job.salaryNotGiven")}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">{t("job.japanese")}</dt>
            <dd className="text-ink">{facts.japaneseLevel ?? t("job.japaneseNone")}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">{t("job.visa")}</dt>
            <dd className="text-ink">{job.visaSupport ? t("job.visaYes") : t("job.visaNo")}</dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted">{t("job.published")}</dt>
            <dd className="text-ink">{publishedOn}</dd>
          </div>
        </dl>
      </Card>
      <section aria-labelledby="job-description" className="grid gap-2">
        <h2 id="job-description" className="text-lg font-semibold text-ink">
          {t("job.description")}
        </h2>
        <p className="whitespace-pre-line text-ink">{job.description}</p>
      </section>
      <Card className="grid gap-2">
        <h2 className="text-lg font-semibold text-ink">{t("job.about", { company: job.company.name })}</h2>
        {job.company.description ? <p className="whitespace-pre-line text-ink">{job.company.description}</p> : null}
        {job.company.website ? (
          <p>
            <a href={job.company.website} rel="noopener noreferrer nofollow" className="underline">
              {t("job.website")}
            </a>
          </p>
        ) : null}
      </Card>
    </div>
  );
}
