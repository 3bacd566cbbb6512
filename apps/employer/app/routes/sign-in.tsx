import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  Link,
  redirect,
  useActionData,
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

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (await getOptionalUser(request)) throw redirect(redirectTo);
  return null;
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
  const failure = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("common");
  const submissionKey = useSubmissionKey(failure);
  const submitting = useNavigation().state === "submitting";
  const redirectTo = searchParams.get("redirectTo") ?? "/account";

  return (
    <NarrowPage title={t("auth.signIn.title")}>
      {searchParams.has("signedOut") ? (
        <Alert tone="success">{t("auth.signIn.signedOut")}</Alert>
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
