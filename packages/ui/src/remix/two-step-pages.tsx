import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from "@remix-run/react";
import type { InputHTMLAttributes, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/alert";
import { Button } from "../components/button";
import { Card, CardTitle } from "../components/card";
import { Field } from "../components/field";
import { Input } from "../components/input";
import { NarrowPage } from "../components/narrow-page";

/** What the second step of a sign-in answers when it does not sign in. */
export interface TwoStepSignInActionView {
  reason: "wrong-code" | "rate-limited";
}

/** A field for an authenticator or recovery code; Field gives it its id and descriptions. */
function CodeInput(props: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Input
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      autoCapitalize="characters"
      spellCheck={false}
      maxLength={16}
      required
      className="max-w-48 font-mono tracking-widest"
      {...props}
    />
  );
}

/** A post of one intent that a code from the app (or a recovery code) must confirm. */
function CodeForm({
  intent,
  label,
  description,
  error,
  submitLabel,
  variant,
  disabled,
  children,
}: {
  intent: string;
  label: string;
  description?: string;
  error?: string;
  submitLabel: string;
  variant?: "outline" | "destructive";
  disabled: boolean;
  children?: ReactNode;
}) {
  return (
    <Form method="post" className="grid gap-4">
      <input type="hidden" name="intent" value={intent} />
      {children}
      <Field label={label} description={description} error={error}>
        <CodeInput />
      </Field>
      <Button type="submit" variant={variant} disabled={disabled} className="justify-self-start">
        {submitLabel}
      </Button>
    </Form>
  );
}

/** The second step of a sign-in: a code from the authenticator app, or a recovery code. */
export function TwoStepSignInPage() {
  const failure = useActionData<TwoStepSignInActionView>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("common");
  const submitting = useNavigation().state === "submitting";
  return (
    <NarrowPage title={t("auth.twoStep.title")} lead={t("auth.twoStep.lead")}>
      {failure ? (
        <Alert tone="danger">
          {failure.reason === "wrong-code"
            ? t("auth.twoStep.wrongCode")
            : t("auth.twoStep.rateLimited")}
        </Alert>
      ) : null}
      <Form method="post" className="grid gap-5">
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <Field label={t("auth.twoStep.code")} description={t("auth.twoStep.codeHelp")}>
          <CodeInput autoFocus />
        </Field>
        <Button type="submit" disabled={submitting} className="justify-self-start">
          {t("auth.twoStep.submit")}
        </Button>
      </Form>
    </NarrowPage>
  );
}

/** The "this wasn't me" link of a new-sign-in mail: one button ends that session. */
export function NotMePage() {
  const { token, valid } = useLoaderData<{ token: string; valid: boolean }>();
  const result = useActionData<{ outcome: "ended" | "invalid" }>();
  const { t } = useTranslation("common");
  if (result?.outcome === "ended") {
    return (
      <NarrowPage title={t("auth.notMe.title")}>
        <Alert tone="success">{t("auth.notMe.ended")}</Alert>
        <Button asChild className="justify-self-start">
          <Link to="/forgot-password">{t("auth.notMe.newPassword")}</Link>
        </Button>
      </NarrowPage>
    );
  }
  return (
    <NarrowPage title={t("auth.notMe.title")} lead={valid ? t("auth.notMe.lead") : undefined}>
      {!valid || result?.outcome === "invalid" ? (
        <Alert tone="danger">{t("auth.notMe.invalid")}</Alert>
      ) : (
        <Form method="post">
          <input type="hidden" name="token" value={token} />
          <Button type="submit" variant="destructive">
            {t("auth.notMe.submit")}
          </Button>
        </Form>
      )}
    </NarrowPage>
  );
}

export interface TwoStepSetupPageView {
  enabled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
  enrolment: { manualKey: string; qrCode: string } | null;
}

/** The setup page's answers; recovery codes appear once, in the answer that made them. */
export type TwoStepSetupActionView =
  | { intent: "confirm" | "regenerate"; recoveryCodes: string[] }
  | {
      intent: "confirm" | "regenerate" | "disable";
      problem: "wrong-code" | "rate-limited" | "wrong-password";
    }
  | { intent: "disable"; disabled: true };

/** Recovery codes, shown once: to download, print or copy by hand. */
function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation("common");
  const file = `data:text/plain;charset=utf-8,${encodeURIComponent(`Tsunagu recovery codes\n\n${codes.join("\n")}\n`)}`;
  return (
    <Card className="grid gap-4 print:border-0 print:shadow-none">
      <CardTitle level={2}>{t("auth.twoStepSetup.recoveryTitle")}</CardTitle>
      <p className="text-sm text-ink-muted">{t("auth.twoStepSetup.recoveryLead")}</p>
      <ol
        className="grid grid-cols-2 gap-2 font-mono text-base tracking-wider text-ink sm:grid-cols-5"
        aria-label={t("auth.twoStepSetup.recoveryTitle")}
      >
        {codes.map((code) => (
          <li key={code} className="rounded-md bg-surface-muted px-2 py-1 text-center">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3 print:hidden">
        <Button asChild variant="outline">
          <a href={file} download="tsunagu-recovery-codes.txt">
            {t("auth.twoStepSetup.recoveryDownload")}
          </a>
        </Button>
        <Button asChild>
          <Link to="/account">{t("auth.twoStepSetup.recoveryDone")}</Link>
        </Button>
      </div>
    </Card>
  );
}

/** Setting up, renewing and turning off two-step sign-in. */
export function TwoStepSetupPage() {
  const view = useLoaderData<TwoStepSetupPageView>();
  const result = useActionData<TwoStepSetupActionView>();
  const { t } = useTranslation("common");
  const submitting = useNavigation().state === "submitting";
  const problem = result && "problem" in result ? result.problem : undefined;
  const problemText =
    problem === "wrong-password"
      ? t("auth.twoFactor.wrongPassword")
      : problem === "rate-limited"
        ? t("auth.twoStep.rateLimited")
        : problem
          ? t("auth.twoStepSetup.wrongCode")
          : undefined;

  if (result && "recoveryCodes" in result) {
    return (
      <NarrowPage title={t("auth.twoStepSetup.title")} width="settings">
        <Alert tone="success">{t("auth.twoStepSetup.enabled")}</Alert>
        <RecoveryCodes codes={result.recoveryCodes} />
      </NarrowPage>
    );
  }
  if (result && "disabled" in result) {
    return (
      <NarrowPage title={t("auth.twoStepSetup.title")} width="settings">
        <Alert tone="success">{t("auth.twoFactor.turnedOff")}</Alert>
        <Button asChild variant="outline" className="justify-self-start">
          <Link to="/account">{t("auth.nav.account")}</Link>
        </Button>
      </NarrowPage>
    );
  }

  if (!view.enabled && view.enrolment) {
    return (
      <NarrowPage
        title={t("auth.twoStepSetup.title")}
        lead={t("auth.twoStepSetup.lead")}
        width="settings"
      >
        {view.required ? <Alert tone="warning">{t("auth.twoStepSetup.required")}</Alert> : null}
        <Card className="grid gap-4">
          <CardTitle level={2}>{t("auth.twoStepSetup.stepScan")}</CardTitle>
          <img
            src={view.enrolment.qrCode}
            alt={t("auth.twoStepSetup.qrAlt")}
            width={200}
            height={200}
            className="rounded-md border border-line bg-white p-2"
          />
          <p className="text-sm text-ink-muted">{t("auth.twoStepSetup.stepKey")}</p>
          <p
            className="font-mono text-sm tracking-wider break-all text-ink"
            data-testid="manual-key"
          >
            {view.enrolment.manualKey}
          </p>
        </Card>
        <Card className="grid gap-4">
          <CardTitle level={2}>{t("auth.twoStepSetup.stepConfirm")}</CardTitle>
          <CodeForm
            intent="confirm"
            label={t("auth.twoStep.code")}
            error={result?.intent === "confirm" ? problemText : undefined}
            submitLabel={t("auth.twoStepSetup.confirm")}
            disabled={submitting}
          />
        </Card>
      </NarrowPage>
    );
  }

  return (
    <NarrowPage title={t("auth.twoStepSetup.title")} width="settings">
      <Alert tone="success">{t("auth.twoFactor.on")}</Alert>
      <p className="text-sm text-ink-muted">
        {t("auth.twoFactor.codesLeft", { count: view.recoveryCodesLeft })}
      </p>
      <Card className="grid gap-4">
        <CardTitle level={2}>{t("auth.twoFactor.regenerate")}</CardTitle>
        <CodeForm
          intent="regenerate"
          label={t("auth.twoFactor.code")}
          description={t("auth.twoFactor.regenerateHelp")}
          error={result?.intent === "regenerate" ? problemText : undefined}
          submitLabel={t("auth.twoFactor.regenerate")}
          variant="outline"
          disabled={submitting}
        />
      </Card>
      {view.required ? (
        <p className="text-sm text-ink-muted">{t("auth.twoFactor.requiredForAdmins")}</p>
      ) : (
        <Card className="grid gap-4">
          <CardTitle level={2}>{t("auth.twoFactor.turnOff")}</CardTitle>
          <CodeForm
            intent="disable"
            label={t("auth.twoFactor.code")}
            error={result?.intent === "disable" ? problemText : undefined}
            submitLabel={t("auth.twoFactor.turnOff")}
            variant="destructive"
            disabled={submitting}
          >
            <p className="text-sm text-ink-muted">{t("auth.twoFactor.turnOffHelp")}</p>
            <Field label={t("auth.twoFactor.currentPassword")}>
              <Input
                name="currentPassword"
                type="password"
                autoComplete="current-password"
                required
              />
            </Field>
          </CodeForm>
        </Card>
      )}
    </NarrowPage>
  );
}
