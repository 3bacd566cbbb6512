import { Form, Link } from "@remix-run/react";
import { Alert, Button, Card, CardTitle, Input, Label } from "@tsunagu/ui";
import { useTranslation } from "react-i18next";

export interface VerificationView {
  verifiedOn: string | null;
  method: "ADMIN" | "DOMAIN_EMAIL" | null;
  reviewFlagged: boolean;
  domain: string | null;
  pending: { email: string; expires: string } | null;
}

export interface VerificationReply {
  email: string;
  domain: string;
  problem?: "invalid" | "freeMail" | "wrongDomain" | "noWebsite" | "already" | "failed";
  sent?: boolean;
}

/** F10/F13 on the company page: status, and for owners of an unverified company the form. */
export function VerificationSection({
  status,
  isOwner,
  reply,
}: {
  status: VerificationView;
  isOwner: boolean;
  reply?: VerificationReply;
}) {
  const { t } = useTranslation("employer");
  const problem = reply?.problem;
  const errorId = "verification-email-error";
  return (
    <Card className="grid gap-4" id="verification">
      <CardTitle level={2}>{t("verification.title")}</CardTitle>
      {status.verifiedOn ? (
        <p className="text-sm">
          <strong>{t("verification.verified", { date: status.verifiedOn })}</strong>{" "}
          {status.method ? t(`verification.method${status.method}`) : null}
        </p>
      ) : (
        <p className="text-sm">{t("verification.unverified")}</p>
      )}
      {status.reviewFlagged ? <Alert tone="warning">{t("verification.flagged")}</Alert> : null}
      {!status.verifiedOn && !isOwner ? (
        <p className="text-sm text-ink-muted">{t("verification.ownersOnly")}</p>
      ) : null}
      {!status.verifiedOn && isOwner ? (
        status.domain ? (
          <Form method="post" action="/company" className="grid gap-3" noValidate>
            <p className="text-sm text-ink-muted">
              {t("verification.howTo", { domain: status.domain })}
            </p>
            <div className="grid gap-1">
              <Label htmlFor="verification-email">{t("verification.email")}</Label>
              <Input
                id="verification-email"
                name="email"
                type="email"
                autoComplete="email"
                defaultValue={reply?.email ?? ""}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? errorId : undefined}
              />
              {problem ? (
                <p id={errorId} className="text-sm font-medium text-danger">
                  {t(`verification.errors.${problem}`, { domain: reply?.domain ?? status.domain })}
                </p>
              ) : null}
            </div>
            <div>
              <Button type="submit" name="intent" value="request-verification">
                {t("verification.send")}
              </Button>
            </div>
            <p role="status" className="text-sm font-medium text-success">
              {reply && !problem ? t("verification.sent", { email: reply.email }) : null}
            </p>
            {reply && !problem && reply.sent === false ? (
              <p className="text-sm text-ink-muted">{t("verification.errors.mailDelayed")}</p>
            ) : null}
            {!reply && status.pending ? (
              <p className="text-sm text-ink-muted">
                {t("verification.pending", {
                  email: status.pending.email,
                  time: status.pending.expires,
                })}
              </p>
            ) : null}
          </Form>
        ) : (
          <p className="text-sm text-ink-muted">{t("verification.noWebsite")}</p>
        )
      ) : null}
    </Card>
  );
}

/** A notice for pages that need a verified company (search, invitations). */
export function VerificationNotice() {
  const { t } = useTranslation("employer");
  return (
    <Alert tone="warning">
      {t("verification.notice")}{" "}
      <Link to="/company#verification" className="underline">
        {t("verification.noticeLink")}
      </Link>
    </Alert>
  );
}
