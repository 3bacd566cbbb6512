import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/alert";
import { Button } from "../components/button";
import { NarrowPage } from "../components/narrow-page";

/** The verify page's loader data: the token from the emailed link and who is asking. */
export interface VerifyEmailPageView {
  token: string;
  signedIn: boolean;
  verified: boolean;
}

/** What the verify action returns: confirming a link, or sending a new one. */
export interface VerifyEmailActionView {
  outcome: "verified" | "invalid" | "rate-limited" | "resent" | "delayed" | "already-verified";
}

/**
 * Confirming an address: the emailed link lands here with its token and a button (see the
 * loaders: GET never uses up the token); signed in without one, a way to get a new link.
 */
export function VerifyEmailPage() {
  const { token, signedIn, verified } = useLoaderData<VerifyEmailPageView>();
  const result = useActionData<VerifyEmailActionView>();
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
