import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/alert";
import { Button } from "../components/button";
import { Field } from "../components/field";
import { Input } from "../components/input";
import { NarrowPage } from "../components/narrow-page";
import { OAuthButtons, OAuthFailureNotice, type OAuthSignInPageView } from "./oauth-sign-in";
import { useSubmissionKey } from "./use-submission-key";

/** What a refused sign-in returns; a success redirects. */
export interface SignInFailureView {
  reason: "invalid-credentials" | "rate-limited" | "account-unavailable";
  email: string;
}

export interface SignInPageProps {
  /** Where to continue after signing in when the URL names no `redirectTo`. */
  defaultRedirectTo: string;
  /** Links to "forgot password" and sign-up, for apps where people manage their own accounts. */
  selfService: boolean;
  /** Provider sign-in (the sign-in loader's `oauth`): buttons below the form, and why the last try failed. */
  oauth?: OAuthSignInPageView | null;
}

/** Sign-in with email and password; the action answers one message for any wrong pair. */
export function SignInPage({
  defaultRedirectTo,
  selfService,
  oauth,
}: SignInPageProps) {
  const failure = useActionData<SignInFailureView>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("common");
  const submissionKey = useSubmissionKey(failure);
  const submitting = useNavigation().state === "submitting";
  const redirectTo = searchParams.get("redirectTo") ?? defaultRedirectTo;

  return (
    <NarrowPage title={t("auth.signIn.title")}>
      {searchParams.has("signedOut") ? (
        <Alert tone="success">{t("auth.signIn.signedOut")}</Alert>
      ) : null}
      {oauth?.failure ? <OAuthFailureNotice {...oauth.failure} /> : null}
      {failure ? (
        <Alert tone="danger">
          {failure.reason === "invalid-credentials"
            ? t("auth.signIn.invalid")
            : failure.reason === "rate-limited"
              ? t("auth.problems.rate-limited")
              : t("auth.signIn.unavailable")}
        </Alert>
      ) : null}
      <Form method="post" className="grid gap-5">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field label={t("auth.fields.email")}>
          <Input
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={failure?.email}
          />
        </Field>
        <Field label={t("auth.fields.password")}>
          <Input
            key={submissionKey}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </Field>
        <Button type="submit" disabled={submitting}>
          {t("auth.signIn.submit")}
        </Button>
      </Form>
      {oauth ? <OAuthButtons providers={oauth.providers} redirectTo={redirectTo} /> : null}
      {selfService ? (
        <div className="grid gap-2 text-sm text-ink-muted">
          <Link to="/forgot-password" className="font-medium text-accent-strong hover:underline">
            {t("auth.signIn.forgot")}
          </Link>
          <p>
            {t("auth.signIn.noAccount")}{" "}
            <Link to="/sign-up" className="font-medium text-accent-strong hover:underline">
              {t("auth.nav.signUp")}
            </Link>
          </p>
        </div>
      ) : null}
    </NarrowPage>
  );
}
