import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/alert";
import { Button } from "../components/button";
import { Card, CardTitle } from "../components/card";
import { Field } from "../components/field";
import { Input } from "../components/input";
import { NarrowPage } from "../components/narrow-page";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../components/table";
import { problemMessages, type AccountProblem } from "./problem-messages";
import { useSubmissionKey } from "./use-submission-key";

/** One signed-in device as the account page lists it (times already formatted). */
export interface AccountSessionView {
  id: string;
  current: boolean;
  device: string | null;
  started: string;
  lastActive: string;
}

/** What the account page's loader returns (`@tsunagu/app-kit`'s account page). */
export interface AccountPageView {
  title: string;
  email: string;
  /**
   * Whether the address can be changed here (seekers, employers): shows the email card with
   * its form and the "not confirmed yet" notice. Without it (admin) the address is only shown.
   */
  canChangeEmail: boolean;
  emailVerified: boolean;
  twoFactor: { enabled: boolean; recoveryCodesLeft: number; required: boolean };
  /** Providers this app offers for sign-in, when any is configured. */
  connections: AccountConnectionsView | null;
  sessions: AccountSessionView[];
}

/** The account's sign-in providers, and how the last "Connect" came back. */
export interface AccountConnectionsView {
  providers: Array<{ id: string; name: string; connected: boolean }>;
  notice: { outcome: "connected" | "already-connected" | "failed"; provider: string } | null;
}

type ReauthenticationProblem = "wrong-password" | "rate-limited";

/** What the account page's action returns (`@tsunagu/app-kit`'s account page). */
export type AccountActionView =
  | {
      intent: "change-email";
      problem?: "invalid-email" | ReauthenticationProblem;
      newEmail?: string;
      sentTo?: string;
      delayed?: boolean;
    }
  | {
      intent: "change-password";
      changed?: boolean;
      problem?: "weak-password" | ReauthenticationProblem;
      problems?: AccountProblem[];
    }
  | { intent: "sign-out-device" }
  | { intent: "sign-out-others" }
  | {
      intent: "disconnect-provider";
      provider: string;
      problem?: "last-sign-in-method" | "not-connected";
    };

/** Account settings: email, password and the sessions list, each its own form. */
export function AccountSettings() {
  const { email, canChangeEmail, emailVerified, sessions, twoFactor, connections } =
    useLoaderData<AccountPageView>();
  const result = useActionData<AccountActionView>();
  const { t } = useTranslation("common");
  const submissionKey = useSubmissionKey(result);

  const passwordResult = result?.intent === "change-password" ? result : undefined;
  const passwordProblem = passwordResult?.problem;

  return (
    <NarrowPage title={t("auth.account.title")} width="settings">
      {result?.intent === "sign-out-device" ? (
        <Alert tone="success">{t("auth.account.deviceSignedOut")}</Alert>
      ) : null}
      {result?.intent === "sign-out-others" ? (
        <Alert tone="success">{t("auth.account.othersSignedOut")}</Alert>
      ) : null}

      {canChangeEmail ? (
        <EmailCard
          email={email}
          emailVerified={emailVerified}
          result={result?.intent === "change-email" ? result : undefined}
          submissionKey={submissionKey}
        />
      ) : (
        <p className="text-sm text-ink-muted">{t("auth.account.currentEmail", { email })}</p>
      )}

      <Card className="grid gap-4">
        <CardTitle level={2}>{t("auth.account.passwordSection")}</CardTitle>
        {passwordResult?.changed ? (
          <Alert tone="success">{t("auth.account.passwordChanged")}</Alert>
        ) : null}
        <Form method="post" className="grid gap-4">
          <input type="hidden" name="intent" value="change-password" />
          <Field
            label={t("auth.fields.currentPassword")}
            error={
              passwordProblem && passwordProblem !== "weak-password"
                ? t(`auth.problems.${passwordProblem}`)
                : undefined
            }
          >
            <Input
              key={submissionKey}
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
            />
          </Field>
          <Field
            label={t("auth.fields.newPassword")}
            description={t("auth.fields.passwordHelp")}
            error={problemMessages(t, passwordResult?.problems)}
          >
            <Input
              key={submissionKey}
              name="newPassword"
              type="password"
              autoComplete="new-password"
              required
            />
          </Field>
          <Button type="submit" variant="outline" className="justify-self-start">
            {t("auth.account.changePassword")}
          </Button>
        </Form>
      </Card>

      <Card className="grid gap-3">
        <CardTitle level={2}>{t("auth.twoFactor.section")}</CardTitle>
        <p className="text-sm text-ink-muted">
          {twoFactor.enabled ? t("auth.twoFactor.on") : t("auth.twoFactor.off")}
        </p>
        {twoFactor.enabled ? (
          <p className="text-sm text-ink-muted">
            {t("auth.twoFactor.codesLeft", { count: twoFactor.recoveryCodesLeft })}
          </p>
        ) : null}
        <Button asChild variant="outline" className="justify-self-start">
          <Link to="/account/two-step">
            {twoFactor.enabled ? t("auth.twoFactor.regenerate") : t("auth.twoFactor.setUp")}
          </Link>
        </Button>
      </Card>

      {connections ? (
        <ConnectionsCard
          connections={connections}
          result={result?.intent === "disconnect-provider" ? result : undefined}
        />
      ) : null}

      <Card className="grid gap-4">
        <CardTitle level={2}>{t("auth.account.sessionsSection")}</CardTitle>
        <p className="text-sm text-ink-muted">{t("auth.account.sessionsLead")}</p>
        <Table label={t("auth.account.sessionsSection")}>
          <TableHeader>
            <TableRow>
              <TableHead>{t("auth.account.device")}</TableHead>
              <TableHead>{t("auth.account.started")}</TableHead>
              <TableHead>{t("auth.account.lastActive")}</TableHead>
              <TableHead>
                <span className="sr-only">{t("auth.account.signOutDevice")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sessions.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell>{entry.device ?? t("auth.account.unknownDevice")}</TableCell>
                <TableCell>{entry.started}</TableCell>
                <TableCell>{entry.lastActive}</TableCell>
                <TableCell className="text-right">
                  {entry.current ? (
                    <span className="font-medium text-accent-strong">
                      {t("auth.account.thisDevice")}
                    </span>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="intent" value="sign-out-device" />
                      <input type="hidden" name="sessionId" value={entry.id} />
                      <Button
                        type="submit"
                        variant="ghost"
                        size="sm"
                        aria-label={`${t("auth.account.signOutDevice")}: ${entry.device ?? t("auth.account.unknownDevice")}, ${entry.lastActive}`}
                      >
                        {t("auth.account.signOutDevice")}
                      </Button>
                    </Form>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {sessions.some((entry) => !entry.current) ? (
          <Form method="post">
            <input type="hidden" name="intent" value="sign-out-others" />
            <Button type="submit" variant="destructive" size="sm">
              {t("auth.account.signOutOthers")}
            </Button>
          </Form>
        ) : null}
      </Card>
    </NarrowPage>
  );
}

interface EmailCardProps {
  email: string;
  emailVerified: boolean;
  result: Extract<AccountActionView, { intent: "change-email" }> | undefined;
  submissionKey: number;
}

/** The current address, a reminder to confirm it, and the form to move to another one. */
function EmailCard({ email, emailVerified, result, submissionKey }: EmailCardProps) {
  const { t } = useTranslation("common");
  const problem = result?.problem;

  return (
    <Card className="grid gap-4">
      <CardTitle level={2}>{t("auth.account.emailSection")}</CardTitle>
      <p className="text-sm text-ink-muted">{t("auth.account.currentEmail", { email })}</p>
      {!emailVerified ? (
        <Alert tone="warning">
          {t("auth.verify.pending")}{" "}
          <Link to="/verify" className="font-medium text-accent-strong underline">
            {t("auth.verify.resend")}
          </Link>
        </Alert>
      ) : null}
      {result?.sentTo ? (
        <Alert tone="success">
          {t("auth.account.emailChangeSent", { email: result.sentTo })}
          {result.delayed ? ` ${t("auth.checkInbox.delayed")}` : ""}
        </Alert>
      ) : null}
      <Form method="post" className="grid gap-4">
        <input type="hidden" name="intent" value="change-email" />
        <Field
          label={t("auth.fields.newEmail")}
          error={problem === "invalid-email" ? t("auth.problems.invalid-email") : undefined}
        >
          <Input
            name="newEmail"
            type="email"
            autoComplete="email"
            required
            defaultValue={result?.newEmail ?? ""}
          />
        </Field>
        <Field
          label={t("auth.fields.currentPassword")}
          error={problem && problem !== "invalid-email" ? t(`auth.problems.${problem}`) : undefined}
        >
          <Input
            key={submissionKey}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
          />
        </Field>
        <Button type="submit" variant="outline" className="justify-self-start">
          {t("auth.account.changeEmail")}
        </Button>
      </Form>
    </Card>
  );
}

const CONNECT_NOTICE = {
  connected: ["success", "auth.connections.connectedNotice"],
  "already-connected": ["warning", "auth.connections.alreadyConnected"],
  failed: ["danger", "auth.connections.failed"],
} as const;

/**
 * Sign-in with another account: connect a provider (off to it and back, signed in as now) or
 * disconnect one, unless it is the only way in left.
 */
function ConnectionsCard({
  connections,
  result,
}: {
  connections: AccountConnectionsView;
  result: Extract<AccountActionView, { intent: "disconnect-provider" }> | undefined;
}) {
  const { t } = useTranslation("common");
  const notice = connections.notice ? CONNECT_NOTICE[connections.notice.outcome] : null;
  return (
    <Card className="grid gap-4">
      <CardTitle level={2}>{t("auth.connections.section")}</CardTitle>
      <p className="text-sm text-ink-muted">{t("auth.connections.lead")}</p>
      {notice && connections.notice ? (
        <Alert tone={notice[0]}>{t(notice[1], { provider: connections.notice.provider })}</Alert>
      ) : null}
      {result && !result.problem ? (
        <Alert tone="success">
          {t("auth.connections.disconnectedNotice", { provider: result.provider })}
        </Alert>
      ) : null}
      {result?.problem === "last-sign-in-method" ? (
        <Alert tone="warning">
          {t("auth.connections.lastSignInMethod", { provider: result.provider })}
        </Alert>
      ) : null}
      <ul className="grid gap-3">
        {connections.providers.map((provider) => (
          <li key={provider.id} className="flex flex-wrap items-center justify-between gap-3">
            <span>
              <span className="font-medium">{provider.name}</span>{" "}
              <span className="text-sm text-ink-muted">
                {provider.connected
                  ? t("auth.connections.connected")
                  : t("auth.connections.notConnected")}
              </span>
            </span>
            {provider.connected ? (
              <Form method="post">
                <input type="hidden" name="intent" value="disconnect-provider" />
                <input type="hidden" name="provider" value={provider.id} />
                <Button type="submit" variant="outline" size="sm">
                  {t("auth.connections.disconnect", { provider: provider.name })}
                </Button>
              </Form>
            ) : (
              <Form method="post" action={`/auth/${provider.id}`}>
                <input type="hidden" name="intent" value="connect" />
                <Button type="submit" variant="outline" size="sm">
                  {t("auth.connections.connect", { provider: provider.name })}
                </Button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
