import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { invitationRef, reportInvitationForm } from "@tsunagu/schemas/invitations";
import { Alert, Button, Card } from "@tsunagu/ui";
import {
  FormErrors,
  getFormProps,
  SelectField,
  TextareaField,
  useAppForm,
} from "@tsunagu/ui/forms";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import {
  CompanyIdentity,
  InvitationStatus,
  InvitationTerms,
} from "~/components/invitations/invitation-facts";
import { invitationCard, runInvitationAction } from "~/lib/invitations.server";
import { kit } from "~/lib/kit.server";
import { seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["invitations"] };

/** F6: one invitation, with accept (and what it discloses, to whom), decline and report. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const parsed = invitationRef.safeParse({ invitationId: params.id });
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  const [invitation, t, locale] = await Promise.all([
    api.invitations.get(parsed.data),
    kit.translator(request, "invitations"),
    kit.detectLocale(request),
  ]);
  const answered = new URL(request.url).searchParams.get("answered");
  return {
    invitation: invitationCard(invitation, locale),
    answered: answered === "accept" || answered === "decline" ? answered : null,
    title: t("detail.title", { company: invitation.company.name }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return runInvitationAction(request, params.id ?? "");
}

export const meta = pageMeta;

/** One button's form: the invitation's id and what to do with it. */
function AnswerForm({
  intent,
  invitationId,
  errors,
  children,
}: {
  intent: "accept" | "decline";
  invitationId: string;
  errors: string[] | undefined;
  children: React.ReactNode;
}) {
  return (
    <Form method="post" className="grid gap-3">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <FormErrors errors={errors} />
      <div>{children}</div>
    </Form>
  );
}

export default function InvitationPage() {
  const { invitation, answered } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const { t } = useTranslation("invitations");
  const [reportForm, reportFields] = useAppForm({
    schema: reportInvitationForm,
    id: "report",
    lastResult: outcome?.intent === "report" ? outcome.result : undefined,
    defaultValue: { invitationId: invitation.id },
  });
  const errorsOf = (intent: string) =>
    outcome?.intent === intent ? (outcome.result.error?.[""] ?? undefined) : undefined;
  const company = invitation.company.name;
  const reasonOptions = (["SPAM", "SCAM"] as const).map((value) => ({
    value,
    label: t(`report.${value}`),
  }));

  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
      <Link
        to="/invitations"
        className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline"
      >
        {t("detail.back")}
      </Link>
      <header className="grid gap-2">
        <p className="text-sm font-medium text-ink-muted">{t("detail.title", { company })}</p>
        <h1 className="text-3xl font-bold tracking-tight text-ink [overflow-wrap:anywhere]">
          {invitation.job.title}
        </h1>
        <p className="grid">
          <span className="font-medium text-ink [overflow-wrap:anywhere]">{company}</span>
          <CompanyIdentity company={invitation.company} />
        </p>
        <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
          <InvitationStatus status={invitation.status} />
          {t("list.sentOn", { date: invitation.sentOn })}
          {invitation.status === "SENT"
            ? ` · ${t("list.expiresOn", { date: invitation.expiresOn })}`
            : null}
          {invitation.respondedOn && invitation.status !== "SENT"
            ? ` · ${t("detail.answeredOn", { date: invitation.respondedOn })}`
            : null}
        </p>
      </header>

      {answered === "accept" && invitation.status === "ACCEPTED" ? (
        <Alert tone="success">{t("accept.done", { company })}</Alert>
      ) : null}
      {answered === "decline" && invitation.status === "DECLINED" ? (
        <Alert tone="success">{t("decline.done")}</Alert>
      ) : null}
      {invitation.status === "EXPIRED" ? <Alert tone="warning">{t("accept.closed")}</Alert> : null}

      <Card className="grid gap-4">
        <h2 className="text-lg font-semibold text-ink">{t("detail.job")}</h2>
        <p className="text-sm text-ink">
          {invitation.job.title} · {invitation.job.location}
        </p>
        {invitation.job.description ? (
          <p className="whitespace-pre-line text-sm text-ink">{invitation.job.description}</p>
        ) : null}
        <InvitationTerms salaryText={invitation.salaryText} visaSupport={invitation.visaSupport} />
        {invitation.job.posted ? (
          <p>
            <Link
              to={`/jobs/${invitation.job.id}`}
              className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline"
            >
              {t("detail.viewJob")}
            </Link>
          </p>
        ) : null}
      </Card>

      <Card className="grid gap-2">
        <h2 className="text-lg font-semibold text-ink">{t("detail.message")}</h2>
        <p className="whitespace-pre-line text-sm text-ink [overflow-wrap:anywhere]">
          {invitation.message}
        </p>
      </Card>

      {invitation.status === "SENT" ? (
        <>
          <Card className="grid gap-3">
            <h2 className="text-lg font-semibold text-ink">{t("accept.title")}</h2>
            <p className="text-sm text-ink">{t("accept.disclosure", { company })}</p>
            <AnswerForm intent="accept" invitationId={invitation.id} errors={errorsOf("accept")}>
              <Button
                type="submit"
                disabled={busy}
                className="h-auto min-h-10 max-w-full whitespace-normal py-2 text-left [overflow-wrap:anywhere]"
              >
                {t("accept.button", { company })}
              </Button>
            </AnswerForm>
          </Card>
          <Card className="grid gap-3">
            <h2 className="text-lg font-semibold text-ink">{t("decline.title")}</h2>
            <p className="text-sm text-ink-muted">{t("decline.text")}</p>
            <AnswerForm intent="decline" invitationId={invitation.id} errors={errorsOf("decline")}>
              <Button type="submit" variant="outline" disabled={busy}>
                {t("decline.button")}
              </Button>
            </AnswerForm>
          </Card>
        </>
      ) : null}

      {invitation.status !== "REPORTED" ? (
        <Card className="grid gap-3">
          <h2 className="text-lg font-semibold text-ink">{t("report.title")}</h2>
          <p className="text-sm text-ink-muted">{t("report.text")}</p>
          <Form method="post" {...getFormProps(reportForm)} className="grid gap-3">
            <input type="hidden" name="intent" value="report" />
            <input type="hidden" name="invitationId" value={invitation.id} />
            <FormErrors errors={reportForm.errors} id={reportForm.errorId} />
            <SelectField
              field={reportFields.reason}
              label={t("report.reason")}
              options={reasonOptions}
              placeholder={t("report.reasonPlaceholder")}
              required
            />
            <TextareaField field={reportFields.details} label={t("report.details")} rows={3} />
            <div>
              <Button type="submit" variant="destructive" disabled={busy}>
                {t("report.button")}
              </Button>
            </div>
          </Form>
        </Card>
      ) : null}
    </div>
  );
}
