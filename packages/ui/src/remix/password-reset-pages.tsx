import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/alert";
import { Button } from "../components/button";
import { Field } from "../components/field";
import { Input } from "../components/input";
import { NarrowPage } from "../components/narrow-page";
import { problemMessages, type AccountProblem } from "./problem-messages";
import { useSubmissionKey } from "./use-submission-key";

/** What the "forgot password" action returns; "sent" whether or not the address has an account. */
export interface ForgotPasswordActionView {
  outcome: "sent" | "rate-limited";
  email: string;
}

/** "Forgot password": asks for the address the reset link goes to. */
export function ForgotPasswordPage() {
  const result = useActionData<ForgotPasswordActionView>();
  const { t } = useTranslation("common");
  const submitting = useNavigation().state === "submitting";

  return (
    <NarrowPage title={t("auth.forgot.title")} lead={t("auth.forgot.lead")}>
      {result?.outcome === "sent" ? (
        <Alert tone="success">{t("auth.forgot.sent", { email: result.email })}</Alert>
      ) : null}
      {result?.outcome === "rate-limited" ? (
        <Alert tone="danger">{t("auth.problems.rate-limited")}</Alert>
      ) : null}
      <Form method="post" className="grid gap-5">
        <Field label={t("auth.fields.email")}>
          <Input
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={result?.email}
          />
        </Field>
        <Button type="submit" disabled={submitting}>
          {t("auth.forgot.submit")}
        </Button>
      </Form>
    </NarrowPage>
  );
}

/** The reset page's loader data: the token from the emailed link ("" without one). */
export interface ResetPasswordPageView {
  token: string;
}

/** What the reset action returns. */
export type ResetPasswordActionView =
  | { outcome: "done" | "invalid" | "rate-limited" }
  | { outcome: "weak-password"; problems: AccountProblem[] };

/** The page behind the emailed reset link: a new password, then on to sign-in. */
export function ResetPasswordPage() {
  const { token } = useLoaderData<ResetPasswordPageView>();
  const result = useActionData<ResetPasswordActionView>();
  const { t } = useTranslation("common");
  const submissionKey = useSubmissionKey(result);
  const submitting = useNavigation().state === "submitting";

  if (result?.outcome === "done") {
    return (
      <NarrowPage title={t("auth.reset.title")}>
        <Alert tone="success">{t("auth.reset.done")}</Alert>
        <Button asChild>
          <Link to="/sign-in">{t("auth.nav.signIn")}</Link>
        </Button>
      </NarrowPage>
    );
  }
  if (!token || result?.outcome === "invalid") {
    return (
      <NarrowPage title={t("auth.reset.title")}>
        <Alert tone="danger">{t("auth.reset.invalid")}</Alert>
        <Button asChild variant="outline">
          <Link to="/forgot-password">{t("auth.reset.again")}</Link>
        </Button>
      </NarrowPage>
    );
  }
  return (
    <NarrowPage title={t("auth.reset.title")}>
      {result?.outcome === "rate-limited" ? (
        <Alert tone="danger">{t("auth.problems.rate-limited")}</Alert>
      ) : null}
      <Form method="post" className="grid gap-5">
        <input type="hidden" name="token" value={token} />
        <Field
          label={t("auth.fields.newPassword")}
          description={t("auth.fields.passwordHelp")}
          error={problemMessages(
            t,
            result?.outcome === "weak-password" ? result.problems : undefined,
          )}
        >
          <Input
            key={submissionKey}
            name="password"
            type="password"
            autoComplete="new-password"
            required
          />
        </Field>
        <Button type="submit" disabled={submitting}>
          {t("auth.reset.submit")}
        </Button>
      </Form>
    </NarrowPage>
  );
}
