import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, NarrowPage } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import { sendVerificationToAccount } from "~/lib/account.server";
import {
  assertSameOrigin,
  clientIp,
  consumeEmailVerification,
  getOptionalUser,
  limitTokenRedemption,
  requireEmployer,
  resendEmailVerification,
} from "~/lib/auth.server";
import { db } from "~/lib/db.server";
import { textField } from "~/lib/forms.server";

/**
 * The link from the email shows a button instead of confirming on GET: mail scanners that fetch
 * links must not use up the one-time token, and GET requests stay free of side effects.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const signedIn = await getOptionalUser(request);
  return { token, signedIn: signedIn !== null, verified: signedIn?.user.emailVerified ?? false };
}

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await request.formData();
  const ip = clientIp(request);
  if (form.get("intent") === "resend") {
    const { user } = await requireEmployer(request);
    const result = await resendEmailVerification(db, { userId: user.id, ip });
    if (!result.ok) return { outcome: result.reason };
    const sent = await sendVerificationToAccount(user.id, result.email, result.link.token);
    return { outcome: sent ? ("resent" as const) : ("delayed" as const) };
  }
  const limit = await limitTokenRedemption(db, { ip });
  if (!limit.allowed) return { outcome: "rate-limited" as const };
  const result = await consumeEmailVerification(db, { token: textField(form, "token") });
  return { outcome: result.ok ? ("verified" as const) : ("invalid" as const) };
}

export default function Verify() {
  const { token, signedIn, verified } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("common");
  const outcome = result?.outcome;

  return (
    <NarrowPage title={t("auth.verify.title")}>
      {outcome === "verified" ? (
        <>
          <Alert tone="success">{t("auth.verify.success")}</Alert>
          <Button asChild>
            <Link to={signedIn ? "/account" : "/sign-in"}>{t("auth.verify.continue")}</Link>
          </Button>
        </>
      ) : (
        <>
          {outcome === "invalid" ? <Alert tone="danger">{t("auth.verify.invalid")}</Alert> : null}
          {outcome === "rate-limited" ? (
            <Alert tone="danger">{t("auth.problems.rate-limited")}</Alert>
          ) : null}
          {outcome === "resent" ? <Alert tone="success">{t("auth.verify.resent")}</Alert> : null}
          {outcome === "delayed" ? (
            <Alert tone="warning">{t("auth.checkInbox.delayed")}</Alert>
          ) : null}
          {outcome === "already-verified" || (signedIn && verified && !token) ? (
            <Alert tone="info">{t("auth.verify.alreadyVerified")}</Alert>
          ) : null}
          {token && outcome !== "invalid" ? (
            <Form method="post">
              <input type="hidden" name="token" value={token} />
              <Button type="submit">{t("auth.verify.title")}</Button>
            </Form>
          ) : null}
          {!token && !outcome && !(signedIn && verified) ? (
            <Alert tone="info">{t("auth.verify.pending")}</Alert>
          ) : null}
          {signedIn && !verified ? (
            <Form method="post">
              <input type="hidden" name="intent" value="resend" />
              <Button type="submit" variant="outline">
                {t("auth.verify.resend")}
              </Button>
            </Form>
          ) : null}
        </>
      )}
    </NarrowPage>
  );
}
