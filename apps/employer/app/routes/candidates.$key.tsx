import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  useRouteError,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { DESCRIBED_POSITION, sendInvitationForm } from "@tsunagu/schemas/invitations";
import { Alert, Button, Card, CandidateView, EmptyState, Field, Input, Select } from "@tsunagu/ui";
import {
  CheckboxField,
  FormErrors,
  getFormProps,
  SelectField,
  TextareaField,
  TextField,
  useAppForm,
} from "@tsunagu/ui/forms";
import { pageMeta, RouteErrorPage } from "@tsunagu/ui/remix";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { VerificationNotice } from "~/components/verification-section";
import { loadCandidatePage, runCandidateAction } from "~/lib/candidate.server";
import { kit } from "~/lib/kit.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadCandidatePage(request, await kit.requireUser(request), params.key);
}

export async function action({ request, params }: ActionFunctionArgs) {
  return runCandidateAction(request, await kit.requireUser(request), params.key);
}

export const meta = pageMeta;

/**
 * The purpose form's answer already holds the view it recorded: loading the page again would
 * record a second one. After an invitation the page reloads (and records, as any view does).
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formData,
  defaultShouldRevalidate,
}) => (formData?.get("intent") === "purpose" ? false : defaultShouldRevalidate);

function PurposeForm({
  purposes,
  error,
  choice,
  text,
  busy,
}: {
  purposes: { value: string; label: string }[];
  error?: string;
  choice?: string;
  text?: string;
  busy: boolean;
}) {
  const { t } = useTranslation("employer");
  const [selected, setSelected] = useState(choice ?? "");
  return (
    <Card className="grid gap-4">
      <h2 className="text-lg font-semibold text-ink">{t("candidate.purposeTitle")}</h2>
      <p className="text-sm text-ink-muted">{t("candidate.purposeLead")}</p>
      <Form method="post" className="grid gap-4">
        <input type="hidden" name="intent" value="purpose" />
        {error ? (
          <p id="purpose-error" className="text-sm font-medium text-danger" role="alert">
            {error}
          </p>
        ) : null}
        <Field label={t("candidate.purpose")} id="purpose">
          <Select
            name="purpose"
            required
            defaultValue={choice ?? ""}
            onChange={(event) => setSelected(event.currentTarget.value)}
            aria-describedby={error ? "purpose-error" : undefined}
          >
            <option value="" disabled>
              {t("candidate.purpose")}…
            </option>
            {purposes.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
        {/* Without JavaScript the text box is always there; it counts only for "something else". */}
        <Field
          label={t("candidate.purposeText")}
          description={t("candidate.purposeTextHelp")}
          id="purpose-text"
          className={selected && selected !== "other" ? "hidden" : undefined}
        >
          <Input name="purposeText" maxLength={200} defaultValue={text ?? ""} />
        </Field>
        <div>
          <Button type="submit" disabled={busy}>
            {t("candidate.open")}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

/** F12/F13: one redacted candidate, opened for a stated purpose, and the invitation form. */
export default function CandidatePage() {
  const loaded = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const { t } = useTranslation("employer");
  const busy = useNavigation().state !== "idle";
  const viewed = outcome?.intent === "purpose" && "candidate" in outcome ? outcome : null;
  const candidate = viewed?.candidate ?? loaded.candidate;
  const purpose = viewed?.purpose ?? loaded.purpose;
  const invite = outcome?.intent === "invite" ? outcome : null;
  const [form, fields] = useAppForm({
    schema: sendInvitationForm,
    id: "invite",
    lastResult: invite && !invite.sent ? invite.result : undefined,
    defaultValue: { salaryCurrency: "JPY", salaryPeriod: "YEARLY" },
  });
  const purposeFailure =
    outcome?.intent === "purpose" && "purposeError" in outcome ? outcome : null;

  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
      <Link
        to="/search"
        className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline"
      >
        {t("candidate.back")}
      </Link>
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold text-ink">{t("candidate.title")}</h1>
        <p className="text-sm text-ink-muted">{t("candidate.redacted")}</p>
      </header>

      {!candidate ? (
        <PurposeForm
          purposes={loaded.purposes}
          error={purposeFailure?.purposeError}
          choice={purposeFailure?.choice}
          text={purposeFailure?.text}
          busy={busy}
        />
      ) : (
        <>
          {purpose ? (
            <p className="text-sm text-ink-muted">{t("candidate.viewedFor", { purpose })}</p>
          ) : null}
          <CandidateView candidate={candidate} labels={loaded.labels} />

          <Card className="grid gap-4" aria-labelledby="invite-heading">
            <h2 id="invite-heading" className="text-lg font-semibold text-ink">
              {t("candidate.invite.title")}
            </h2>
            <p className="text-sm text-ink-muted">{t("candidate.invite.lead", loaded.usage)}</p>
            {invite?.sent ? (
              <Alert tone="success">
                {t("candidate.invite.sent")}{" "}
                <Link to="/invitations" className="font-medium underline underline-offset-4">
                  {t("candidate.invite.view")}
                </Link>
              </Alert>
            ) : null}
            {invite?.problem ? (
              <Alert tone="danger">{t(`candidate.invite.${invite.problem}`)}</Alert>
            ) : null}
            {loaded.invitationsBlockedBy === "verification" ? (
              <VerificationNotice />
            ) : loaded.invitationsBlockedBy === "review" ? (
              <Alert tone="warning">{t("verification.flagged")}</Alert>
            ) : loaded.invitationsBlockedBy === "plan" ? (
              <Alert tone="warning">
                {t("candidate.invite.planRequired")}{" "}
                <Link to="/billing" className="font-medium underline underline-offset-4">
                  {t("search.planLink")}
                </Link>
              </Alert>
            ) : (
              <Form method="post" {...getFormProps(form)} className="grid gap-4">
                <input type="hidden" name="intent" value="invite" />
                {invite?.problem ? null : <FormErrors errors={form.errors} id={form.errorId} />}
                <SelectField
                  field={fields.jobId}
                  label={t("candidate.invite.job")}
                  options={[
                    ...loaded.jobs.map((job) => ({ value: job.id, label: job.title })),
                    { value: DESCRIBED_POSITION, label: t("candidate.invite.describe") },
                  ]}
                  placeholder={t("candidate.invite.jobPlaceholder")}
                  required
                />
                {/* Shown until one of the company's jobs is chosen; the legend says they are for
                    a described position only, so the form reads right without JavaScript. */}
                <fieldset
                  className="grid gap-4 rounded-lg border border-line p-4"
                  hidden={Boolean(fields.jobId.value) && fields.jobId.value !== DESCRIBED_POSITION}
                >
                  <legend className="px-1 text-sm font-semibold text-ink">
                    {t("candidate.invite.positionLegend")}
                  </legend>
                  <TextField
                    field={fields.positionTitle}
                    label={t("candidate.invite.positionTitle")}
                  />
                  <div className="grid gap-4 sm:grid-cols-2">
                    <SelectField
                      field={fields.positionEmploymentType}
                      label={t("candidate.invite.positionType")}
                      options={loaded.employmentTypes}
                      placeholder={t("candidate.invite.jobPlaceholder")}
                    />
                    <SelectField
                      field={fields.positionLocation}
                      label={t("candidate.invite.positionLocation")}
                      options={loaded.prefectures}
                      placeholder={t("candidate.invite.anywhere")}
                    />
                  </div>
                  <TextareaField
                    field={fields.positionDescription}
                    label={t("candidate.invite.positionDescription")}
                    rows={4}
                  />
                </fieldset>
                <div className="grid gap-4 sm:grid-cols-2">
                  <TextField
                    field={fields.salaryMin}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    label={t("candidate.invite.salaryMin")}
                    required
                  />
                  <TextField
                    field={fields.salaryMax}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    label={t("candidate.invite.salaryMax")}
                    required
                  />
                  <SelectField
                    field={fields.salaryCurrency}
                    label={t("candidate.invite.currency")}
                    options={loaded.currencies}
                    required
                  />
                  <SelectField
                    field={fields.salaryPeriod}
                    label={t("candidate.invite.period")}
                    options={loaded.periods}
                    required
                  />
                </div>
                <CheckboxField
                  field={fields.visaSupport}
                  label={t("candidate.invite.visaSupport")}
                />
                <TextareaField
                  field={fields.message}
                  label={t("candidate.invite.message")}
                  rows={5}
                  required
                />
                <div>
                  <Button type="submit" disabled={busy || loaded.usage.left === 0}>
                    {t("candidate.invite.submit")}
                  </Button>
                </div>
              </Form>
            )}
          </Card>
        </>
      )}
    </div>
  );
}

/** Not found and hidden are one page: it says nothing of which. */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation("employer");
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
        <title>{t("candidate.notFoundTitle")}</title>
        <h1 className="text-2xl font-semibold text-ink">{t("candidate.notFoundTitle")}</h1>
        <EmptyState title={t("candidate.notFoundTitle")} description={t("candidate.notFound")} />
        <Link
          to="/search"
          className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline"
        >
          {t("candidate.back")}
        </Link>
      </div>
    );
  }
  return <RouteErrorPage />;
}
