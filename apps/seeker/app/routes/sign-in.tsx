import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  Link,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from "@remix-run/react";
import { Alert, Button, Field, Input, NarrowPage } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import { useSubmissionKey } from "@tsunagu/ui/remix";
import {
  AUDIENCE,
  assertSameOrigin,
  clientIp,
  getOptionalUser,
  safeRedirectPath,
  signedInCookie,
  signInWithPassword,
} from "~/lib/auth.server";
import { db } from "~/lib/db.server";
import { textField } from "~/lib/forms.server";
import { configuredOAuthProviders } from "~/lib/oauth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (await getOptionalUser(request)) throw redirect(redirectTo);
  return { providers: configuredOAuthProviders() };
}

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await request.formData();
  const email = textField(form, "email");
  const result = await signInWithPassword(db, {
    email,
    password: textField(form, "password"),
    audience: AUDIENCE,
    ip: clientIp(request),
    userAgent: request.headers.get("User-Agent"),
  });
  if (!result.ok) return { reason: result.reason, email };
  throw redirect(safeRedirectPath(form.get("redirectTo")), {
    headers: { "Set-Cookie": signedInCookie(result.token, result.session.expiresAt) },
  });
}

export default function SignIn() {
  const { providers } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("common");
  const submissionKey = useSubmissionKey(failure);
  const submitting = useNavigation().state === "submitting";
  const redirectTo = searchParams.get("redirectTo") ?? "/account";
  const oauthError = searchParams.get("oauthError");
  const oauthProvider = searchParams.get("provider") ?? "";

  return (
    <NarrowPage title={t("auth.signIn.title")}>
      {searchParams.has("signedOut") ? (
        <Alert tone="success">{t("auth.signIn.signedOut")}</Alert>
      ) : null}
      {oauthError === "email-in-use" ? (
        <Alert tone="warning">{t("auth.oauth.emailInUse", { provider: oauthProvider })}</Alert>
      ) : oauthError === "expired" ? (
        <Alert tone="danger">{t("auth.oauth.expired")}</Alert>
      ) : oauthError ? (
        <Alert tone="danger">{t("auth.oauth.failed", { provider: oauthProvider })}</Alert>
      ) : null}
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
      {providers.length > 0 ? (
        <div className="grid gap-3">
          <p className="text-center text-sm text-ink-muted">{t("auth.signIn.or")}</p>
          {providers.map((provider) => (
            <Form key={provider.id} method="post" action={`/auth/${provider.id}`}>
              <input type="hidden" name="redirectTo" value={redirectTo} />
              <Button type="submit" variant="outline" className="w-full">
                {t("auth.signIn.withProvider", { provider: provider.name })}
              </Button>
            </Form>
          ))}
        </div>
      ) : null}
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
    </NarrowPage>
  );
}
