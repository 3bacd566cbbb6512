import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Alert, Button, Field, Input, NarrowPage } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import { NewPasswordInput, pageMeta, problemMessages, useSubmissionKey } from "@tsunagu/ui/remix";
import { loadJoinPage, runJoinAction } from "~/lib/join.server";

/**
 * The link from the invitation email. Like /verify, opening it only shows the invitation:
 * joining is a POST, so a mail scanner fetching the link cannot use it up.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  return loadJoinPage(request);
}

export const action = runJoinAction;
export const meta = pageMeta;

export default function Join() {
  const invitation = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("employer");
  const { t: tCommon } = useTranslation("common");
  const submissionKey = useSubmissionKey(result);
  const submitting = useNavigation().state === "submitting";

  if (!invitation.valid || result?.problem === "invalid") {
    return (
      <NarrowPage title={t("join.invalidTitle")}>
        <Alert tone="danger">{t("join.invalidBody")}</Alert>
        <Button asChild variant="outline">
          <Link to="/">{t("appName")}</Link>
        </Button>
      </NarrowPage>
    );
  }

  const { token, state, email, companyName } = invitation;
  const role = t(`members.roles.${invitation.role}`);
  const problem = result?.problem;
  const signInPath = `/sign-in?${new URLSearchParams({ redirectTo: `/join?token=${token}` })}`;

  return (
    <NarrowPage
      title={t("join.title", { company: companyName })}
      lead={t("join.lead", { company: companyName, email, role })}
    >
      <p className="text-sm text-ink-muted">{t("join.expires", { date: invitation.expiresAt })}</p>
      {problem === "rate-limited" ? (
        <Alert tone="danger">{tCommon("auth.problems.rate-limited")}</Alert>
      ) : null}
      {problem === "no-seats" ? <Alert tone="danger">{t("join.noSeats")}</Alert> : null}
      {problem === "suspended" ? (
        <Alert tone="danger">{t("members.problems.suspended")}</Alert>
      ) : null}
      {problem === "failed" ? <Alert tone="danger">{t("members.problems.failed")}</Alert> : null}

      {state === "create-account" ? (
        <Form method="post" className="grid gap-5" noValidate>
          <p className="text-sm text-ink-muted">{t("join.createLead")}</p>
          <input type="hidden" name="intent" value="create-account" />
          <input type="hidden" name="token" value={token} />
          <Field label={tCommon("auth.fields.email")}>
            <Input type="email" value={email} readOnly autoComplete="username" />
          </Field>
          <Field
            label={tCommon("auth.fields.displayName")}
            requiredLabel={tCommon("auth.fields.required")}
            description={tCommon("auth.fields.displayNameHelp")}
            error={
              result && "nameProblem" in result && result.nameProblem
                ? tCommon("auth.problems.invalid-display-name")
                : undefined
            }
          >
            <Input
              name="displayName"
              autoComplete="name"
              required
              maxLength={80}
              defaultValue={result?.values.displayName}
            />
          </Field>
          <Field
            label={tCommon("auth.fields.password")}
            requiredLabel={tCommon("auth.fields.required")}
            description={tCommon("auth.fields.passwordHelp")}
            error={problemMessages(
              tCommon,
              result && "passwordProblems" in result ? result.passwordProblems : undefined,
            )}
          >
            <NewPasswordInput resetKey={submissionKey} name="password" required />
          </Field>
          <Button type="submit" disabled={submitting}>
            {t("join.submit")}
          </Button>
        </Form>
      ) : null}

      {state === "accept" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="accept" />
          <input type="hidden" name="token" value={token} />
          <Button type="submit" disabled={submitting}>
            {t("join.accept", { company: companyName })}
          </Button>
        </Form>
      ) : null}

      {state === "sign-in" || problem === "sign-in" ? (
        <>
          <Alert tone="info">{t("join.signInFirst", { email })}</Alert>
          <Button asChild>
            <Link to={signInPath}>{t("join.signIn")}</Link>
          </Button>
        </>
      ) : null}
      {state === "other-account" ? (
        <Alert tone="warning">{t("join.otherAccount", { email })}</Alert>
      ) : null}
      {state === "already-member" || problem === "already-member" ? (
        <Alert tone="warning">{t("join.alreadyMember", { email })}</Alert>
      ) : null}
      {state === "wrong-kind" ? (
        <Alert tone="warning">{t("join.wrongKind", { email })}</Alert>
      ) : null}
    </NarrowPage>
  );
}
