import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Alert, Button, Field, Input, NarrowPage } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import { useSubmissionKey, problemMessages } from "@tsunagu/ui/remix";
import {
  assertSameOrigin,
  clientIp,
  consumePasswordReset,
  limitTokenRedemption,
  signedOutCookie,
} from "~/lib/auth.server";
import { db } from "~/lib/db.server";
import { textField } from "~/lib/forms.server";

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get("token") ?? "" };
}

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await request.formData();
  const limit = await limitTokenRedemption(db, { ip: clientIp(request) });
  if (!limit.allowed) return { outcome: "rate-limited" as const };
  const result = await consumePasswordReset(db, {
    token: textField(form, "token"),
    newPassword: textField(form, "password"),
  });
  if (result.ok) {
    // Every session of the account ended; this browser's cookie goes too.
    return data({ outcome: "done" as const }, { headers: { "Set-Cookie": signedOutCookie() } });
  }
  if (result.reason === "weak-password") {
    return { outcome: "weak-password" as const, problems: result.problems };
  }
  return { outcome: "invalid" as const };
}

export default function ResetPassword() {
  const { token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
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
