import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { applicationRef } from "@tsunagu/schemas/applications";
import { Alert, Badge, Button, Card } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { SnapshotView } from "~/components/applications/snapshot-view";
import { snapshotNames } from "~/lib/job-labels.server";
import { kit } from "~/lib/kit.server";
import { saveForm, seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["jobs"] };

/** F5: one application with the resume exactly as it was sent, and the way to withdraw it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const parsed = applicationRef.safeParse({ applicationId: params.id });
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  const [application, t, locale] = await Promise.all([
    api.applications.get(parsed.data),
    kit.translator(request, "jobs"),
    kit.detectLocale(request),
  ]);
  const url = new URL(request.url);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return {
    application,
    names: snapshotNames(application.snapshot, locale),
    appliedOn: day.format(new Date(application.appliedAt)),
    confirmWithdraw: url.searchParams.get("withdraw") === "confirm",
    title: t("detail.title", { job: application.job.title }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const outcome = await saveForm(request, applicationRef, (api, value) => api.applications.withdraw(value));
  if (outcome.done) return redirect(`/applications/${params.id}`);
  return { result: outcome.result };
}

export const meta = pageMeta;

export default function ApplicationDetail() {
  const { application, names, appliedOn, confirmWithdraw } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  const withdrawable = ["SUBMITTED", "REVIEWING", "INTERVIEWING", "OFFERED"].includes(application.status);
  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-10 sm:px-6">
      <Link to="/applications" className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline">
        {t("detail.back")}
      </Link>
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">{application.job.title}</h1>
        <p className="text-ink-muted">
          {application.job.companyName} · {application.job.location}
        </p>
        <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
          <Badge tone={withdrawable ? "success" : "neutral"}>{t(`status.${application.status}`)}</Badge>
          {t("list.appliedOn", { date: appliedOn })}
        </p>
      </header>
      <Alert tone="info">{t("detail.asSent")}</Alert>
      {application.coverNote ? (
        <Card className="grid gap-2">
          <h2 className="text-lg font-semibold text-ink">{t("detail.message")}</h2>
          <p className="whitespace-pre-line text-sm text-ink">{application.coverNote}</p>
        </Card>
      ) : null}
      <SnapshotView snapshot={application.snapshot} names={names} />
      {withdrawable ? (
        confirmWithdraw ? (
          <Card className="grid gap-3">
            <h2 className="text-lg font-semibold text-ink">{t("withdraw.confirmTitle")}</h2>
            <p className="text-sm text-ink-muted">{t("withdraw.confirmText")}</p>
            <Form method="post" className="flex flex-wrap gap-3">
              <input type="hidden" name="applicationId" value={application.id} />
              <Button type="submit" variant="destructive">
                {t("withdraw.confirm")}
              </Button>
              <Button asChild variant="outline">
                <Link to={`/applications/${application.id}`}>{t("withdraw.cancel")}</Link>
              </Button>
            </Form>
          </Card>
        ) : (
          <div>
            <Button asChild variant="outline">
              <Link to="?withdraw=confirm">{t("withdraw.start")}</Link>
            </Button>
          </div>
        )
      ) : null}
    </div>
  );
}
