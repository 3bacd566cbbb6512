import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { applyForm, jobRef } from "@tsunagu/schemas/applications";
import { Alert, Button, Card } from "@tsunagu/ui";
import { FormErrors, getFormProps, TextareaField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { SnapshotView } from "~/components/applications/snapshot-view";
import { snapshotNames } from "~/lib/job-labels.server";
import { kit } from "~/lib/kit.server";
import { saveForm, seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["jobs"] };

/** F5/R5: apply with the resume, after seeing exactly what the company will receive. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const parsed = jobRef.safeParse({ jobId: params.id });
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  const [preview, t, locale] = await Promise.all([
    api.applications.preview(parsed.data),
    kit.translator(request, "jobs"),
    kit.detectLocale(request),
  ]);
  return { jobId: parsed.data.jobId, ...preview, names: snapshotNames(preview.snapshot, locale), title: t("apply.title") };
}

export async function action({ request }: ActionFunctionArgs) {
  const outcome = await saveForm(request, applyForm, (api, value) => api.applications.submit(value));
  if (outcome.done) return redirect(`/applications/${outcome.done.applicationId}`);
  return { result: outcome.result };
}

export const meta = pageMeta;

export default function Apply() {
  const { jobId, snapshot, names, alreadyAppliedApplicationId } = useLoaderData<typeof loader>();
  const sent = useActionData<typeof action>();
  const { t } = useTranslation("jobs");
  const [form, fields] = useAppForm({ schema: applyForm, lastResult: sent?.result, defaultValue: { jobId } });
  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">{t("apply.title")}</h1>
        <p className="text-ink-muted">{t("apply.lead")}</p>
      </header>
      {alreadyAppliedApplicationId ? (
        <Alert tone="warning" title={t("apply.alreadyTitle")}>
          <Link to={`/applications/${alreadyAppliedApplicationId}`} className="underline">
            {t("apply.alreadyLink")}
          </Link>
        </Alert>
      ) : (
        <>
          <SnapshotView snapshot={snapshot} names={names} />
          <Card>
            <Form method="post" {...getFormProps(form)} className="grid gap-5">
              <FormErrors errors={form.errors} id={form.errorId} />
              <input type="hidden" name="jobId" value={jobId} />
              <TextareaField field={fields.coverNote} rows={5} label={t("apply.message")} description={t("apply.messageHelp")} />
              <p className="text-sm text-ink-muted">{t("apply.consent")}</p>
              <div>
                <Button type="submit">{t("apply.confirm")}</Button>
              </div>
            </Form>
          </Card>
        </>
      )}
    </div>
  );
}
