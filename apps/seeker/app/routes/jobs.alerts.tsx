import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { createJobAlertForm, renameJobAlertForm } from "@tsunagu/schemas/job-alerts";
import {
  Alert,
  Badge,
  Button,
  Card,
  CardTitle,
  EmptyState,
  Field,
  NarrowPage,
  Select,
} from "@tsunagu/ui";
import { FormErrors, getFormProps, TextField, useAppForm } from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
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
  return (
    <Card className="grid gap-4">
      <div className="grid gap-2">
        <CardTitle level={2} className="[overflow-wrap:anywhere]">
          {alert.name}
        </CardTitle>
        <ul className="flex flex-wrap gap-2" aria-label={t("alerts.searchLabel")}>
          {alert.summary.map((part) => (
            <li key={part}>
              <Badge>{part}</Badge>
            </li>
          ))}
        </ul>
        <p className="text-xs text-ink-muted">
          {t("alerts.savedOn", { date: alert.savedOn })}
          {alert.lastSent ? ` · ${t("alerts.lastSent", { date: alert.lastSent })}` : null}
        </p>
      </div>
      {rowErrors ? <Alert tone="danger">{rowErrors.join(" ")}</Alert> : null}

      <div className="flex flex-wrap items-end gap-3">
        <Button asChild>
          <Link to={alert.runHref} aria-label={t("alerts.runLabel", { name: alert.name })}>
            {t("alerts.run")}
          </Link>
        </Button>
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="intent" value="frequency" />
          <input type="hidden" name="id" value={alert.id} />
          <Field
            id={`frequency-${alert.id}`}
            label={t("alerts.frequencyLabel", { name: alert.name })}
          >
            <Select name="frequency" defaultValue={alert.frequency} key={alert.frequency}>
              {frequencies.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {t(`alerts.frequency.${frequency}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="outline" disabled={submitting}>
            {t("alerts.frequencySave")}
          </Button>
        </Form>
      </div>

      <div className="grid gap-3 border-t border-line pt-3 sm:grid-cols-2">
        <RenameForm alert={alert} reply={reply?.intent === "rename" ? reply : undefined} />
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-danger">
            {t("alerts.deleteLabel", { name: alert.name })}
          </summary>
          <Form method="post" className="mt-3 grid gap-3">
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="id" value={alert.id} />
            <input type="hidden" name="name" value={alert.name} />
            <p>{t("alerts.deleteConfirm", { name: alert.name })}</p>
            <div>
              <Button type="submit" variant="destructive" size="sm" disabled={submitting}>
                {t("alerts.deleteSubmit")}
              </Button>
            </div>
          </Form>
        </details>
      </div>
    </Card>
  );
}

function RenameForm({ alert, reply }: { alert: AlertRow; reply: Reply | undefined }) {
  const { t } = useTranslation("jobs");
  const failed = reply !== undefined && !reply.done;
  const [form, fields] = useAppForm({
    schema: renameJobAlertForm,
    id: `rename-${alert.id}`,
    lastResult: failed ? reply.result : undefined,
    defaultValue: { id: alert.id, name: alert.name, intent: "rename" },
  });
  return (
    <details className="text-sm" open={failed}>
      <summary className="cursor-pointer font-medium text-accent-strong">
        {t("alerts.renameLabel", { name: alert.name })}
      </summary>
      <Form method="post" {...getFormProps(form)} className="mt-3 grid gap-3">
        <FormErrors errors={form.errors} id={form.errorId} />
        <input type="hidden" name="intent" value="rename" />
        <input type="hidden" name="id" value={alert.id} />
        <TextField field={fields.name} label={t("alerts.newName")} maxLength={100} />
        <div>
          <Button type="submit" variant="outline" size="sm">
            {t("alerts.renameSubmit")}
          </Button>
        </div>
      </Form>
    </details>
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
