import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { createJobAlertForm, renameJobAlertForm } from "@tsunagu/schemas/job-alerts";
import { Alert, Button, Card, EmptyState, Field, NarrowPage, Select } from "@tsunagu/ui";
import { FormErrors, getFormProps, TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta, RenameSavedSearch, SavedSearchCard } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { loadJobAlertsPage, runJobAlertsAction } from "~/lib/job-alerts.server";

export const handle = { i18n: ["jobs"] };

export function loader({ request }: LoaderFunctionArgs) {
  return loadJobAlertsPage(request);
}

export async function action({ request }: ActionFunctionArgs) {
  const reply = await runJobAlertsAction(request);
  if (reply.intent === "create" && reply.done) {
    return redirect(`/jobs/alerts?${new URLSearchParams({ created: reply.done.name })}`);
  }
  return reply;
}

export const meta = pageMeta;

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;
type AlertRow = Loaded["alerts"][number];
type Reply = ReturnType<typeof useActionData<typeof action>>;

/** F8: the seeker's job alerts: show the jobs, change how often, rename, delete. */
export default function JobAlerts() {
  const { alerts, limit, created } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useTranslation("jobs");

  const notice = reply?.done
    ? reply.intent === "rename"
      ? t("alerts.renamed", { name: reply.done.name })
      : reply.intent === "delete"
        ? t("alerts.deleted", { name: reply.done.name })
        : reply.intent === "frequency"
          ? t(`alerts.frequencySaved.${reply.done.frequency ?? "WEEKLY"}`, {
              name: reply.done.name,
            })
          : null
    : created
      ? t("alerts.created", { name: created })
      : null;
  // A refusal of a row's own form is shown in that row; one of a gone row, up here.
  const pageProblem =
    reply && !reply.done && reply.intent !== "create" && !alerts.some((a) => a.id === reply.id)
      ? reply.result.error?.[""]
      : undefined;

  return (
    <NarrowPage title={t("alerts.title")} lead={t("alerts.lead")} width="settings">
      {notice ? (
        <Alert tone="success" role="status">
          {notice}
        </Alert>
      ) : null}
      {pageProblem ? <Alert tone="danger">{pageProblem.join(" ")}</Alert> : null}
      {reply?.intent === "create" ? <CreateRetry reply={reply} /> : null}

      {alerts.length === 0 ? (
        <EmptyState
          title={t("alerts.emptyTitle")}
          description={t("alerts.empty")}
          action={
            <Button asChild>
              <Link to="/jobs">{t("alerts.emptyAction")}</Link>
            </Button>
          }
        />
      ) : (
        <>
          <p className="text-sm text-ink-muted">
            {t("alerts.count", { count: alerts.length, limit })}
          </p>
          <ul className="grid gap-4" aria-label={t("alerts.title")}>
            {alerts.map((alert) => (
              <li key={alert.id}>
                <AlertCard alert={alert} reply={reply?.id === alert.id ? reply : undefined} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="text-sm text-ink-muted">
        {t("alerts.emailSettings")}{" "}
        <Link to="/account/email" className="font-medium text-accent-strong underline">
          {t("alerts.emailSettingsLink")}
        </Link>
      </p>
    </NarrowPage>
  );
}

function AlertCard({ alert, reply }: { alert: AlertRow; reply: Reply | undefined }) {
  const { t } = useTranslation("jobs");
  const { frequencies } = useLoaderData<typeof loader>();
  const submitting = useNavigation().state === "submitting";
  const rowErrors =
    reply && !reply.done && reply.intent !== "rename" ? reply.result.error?.[""] : undefined;
  const renameFailed = reply?.intent === "rename" && !reply.done ? reply.result : undefined;
  return (
    <SavedSearchCard
      id={alert.id}
      name={alert.name}
      summary={alert.summary}
      summaryLabel={t("alerts.searchLabel")}
      dates={`${t("alerts.savedOn", { date: alert.savedOn })}${alert.lastSent ? ` · ${t("alerts.lastSent", { date: alert.lastSent })}` : ""}`}
      errors={rowErrors}
      runHref={alert.runHref}
      submitting={submitting}
      frequency={{
        intent: "frequency",
        field: "frequency",
        value: alert.frequency,
        options: frequencies.map((value) => ({ value, label: t(`alerts.frequency.${value}`) })),
        label: t("alerts.frequencyLabel", { name: alert.name }),
        submit: t("alerts.frequencySave"),
      }}
      labels={{
        run: t("alerts.run"),
        runLabel: t("alerts.runLabel", { name: alert.name }),
        deleteLabel: t("alerts.deleteLabel", { name: alert.name }),
        deleteConfirm: t("alerts.deleteConfirm", { name: alert.name }),
        deleteSubmit: t("alerts.deleteSubmit"),
      }}
      rename={
        <RenameSavedSearch
          schema={renameJobAlertForm}
          id={alert.id}
          name={alert.name}
          lastResult={renameFailed}
          labels={{
            summary: t("alerts.renameLabel", { name: alert.name }),
            newName: t("alerts.newName"),
            submit: t("alerts.renameSubmit"),
          }}
        />
      }
    />
  );
}

/** /jobs' "Save this search as an alert" was refused (the limit, a name): why, and again. */
function CreateRetry({ reply }: { reply: NonNullable<Reply> }) {
  const { t } = useTranslation("jobs");
  const { frequencies } = useLoaderData<typeof loader>();
  const [form, fields] = useAppForm({
    schema: createJobAlertForm,
    id: "create-job-alert",
    lastResult: reply.result,
  });
  return (
    <Card className="grid gap-3">
      <Alert tone="danger" title={t("alerts.createFailedTitle")}>
        {t("alerts.createRetry")}
      </Alert>
      <Form method="post" {...getFormProps(form)} className="grid gap-3">
        <FormErrors errors={form.errors} id={form.errorId} />
        <input type="hidden" name="intent" value="create" />
        <input type="hidden" name="search" value={reply.search} />
        <TextField field={fields.name} label={t("alerts.name")} maxLength={100} />
        <Field id="create-job-alert-frequency" label={t("alerts.frequencyField")}>
          <Select name="frequency" defaultValue={String(fields.frequency.initialValue ?? "WEEKLY")}>
            {frequencies.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`alerts.frequency.${frequency}`)}
              </option>
            ))}
          </Select>
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">{t("alerts.saveSubmit")}</Button>
          <Link to={reply.search ? `/jobs?${reply.search}` : "/jobs"} className="text-sm underline">
            {t("alerts.backToSearch")}
          </Link>
        </div>
      </Form>
    </Card>
  );
}
