import { Form, useActionData, useLoaderData } from "@remix-run/react";
import {
  Alert,
  Button,
  Card,
  CardTitle,
  Field,
  Input,
  NarrowPage,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@tsunagu/ui";
import { useTranslation } from "react-i18next";
import { useSubmissionKey } from "./use-submission-key";
import type { loadAccountPage, runAccountAction } from "~/lib/account-page.server";
import { problemMessages } from "./problem-list";

type AccountPageData = Awaited<ReturnType<typeof loadAccountPage>>;
type AccountActionData = Awaited<ReturnType<typeof runAccountAction>>;

/** Account settings: email, password and the sessions list, each its own form. */
export function AccountSettings() {
  const { email, sessions } = useLoaderData<AccountPageData>();
  const result = useActionData<AccountActionData>();
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

      <p className="text-sm text-ink-muted">{t("auth.account.currentEmail", { email })}</p>

      <Card className="grid gap-4">
        <CardTitle>{t("auth.account.passwordSection")}</CardTitle>
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

      <Card className="grid gap-4">
        <CardTitle>{t("auth.account.sessionsSection")}</CardTitle>
        <p className="text-sm text-ink-muted">{t("auth.account.sessionsLead")}</p>
        <Table>
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
