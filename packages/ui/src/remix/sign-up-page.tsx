import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { languageNames, supportedLngs } from "@tsunagu/i18n";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/alert";
import { Button } from "../components/button";
import { Field } from "../components/field";
import { Input, Select } from "../components/input";
import { NarrowPage } from "../components/narrow-page";
import { NewPasswordInput } from "./new-password-input";
import { OAuthButtons, type OAuthButtonView } from "./oauth-sign-in";
import { problemMessages, type AccountProblem } from "./problem-messages";
import { useSubmissionKey } from "./use-submission-key";

/** What a sign-up action returns (`@tsunagu/app-kit`'s signUpPage). */
export type SignUpActionView =
  | { status: "check-inbox"; email: string; delayed: boolean }
  | {
      status: "invalid";
      values: Record<string, string>;
      problems: Partial<Record<string, AccountProblem[]>>;
    }
  | { status: "rate-limited"; values: Record<string, string> };

/** The submitted values and their problems, for the app's own fields. */
export interface SignUpFormState {
  values: Record<string, string> | undefined;
  problems: Partial<Record<string, AccountProblem[]>>;
}

export interface SignUpPageProps {
  title: string;
  lead: string;
  /** The app's own fields before the email and password (company sign-up: company and name). */
  fieldsBefore?: (form: SignUpFormState) => ReactNode;
  /** The app's own fields after them (seeker sign-up: the birth date). */
  fieldsAfter?: (form: SignUpFormState) => ReactNode;
  /** Providers that can create an account of this app (seekers), below the form. */
  oauth?: { providers: OAuthButtonView[]; redirectTo: string };
}

/**
 * Sign-up with email, password and language, plus the app's own fields. After a submission the
 * page says "check your inbox" whether or not the address already had an account.
 */
export function SignUpPage({ title, lead, fieldsBefore, fieldsAfter, oauth }: SignUpPageProps) {
  const result = useActionData<SignUpActionView>();
  const { t, i18n } = useTranslation("common");
  const submissionKey = useSubmissionKey(result);
  const submitting = useNavigation().state === "submitting";

  if (result?.status === "check-inbox") {
    return (
      <NarrowPage title={t("auth.checkInbox.title")}>
        <Alert tone="success">{t("auth.checkInbox.body", { email: result.email })}</Alert>
        {result.delayed ? <Alert tone="warning">{t("auth.checkInbox.delayed")}</Alert> : null}
        <Button asChild variant="outline">
          <Link to="/sign-in">{t("auth.nav.signIn")}</Link>
        </Button>
      </NarrowPage>
    );
  }

  const form: SignUpFormState = {
    values: result?.values,
    problems: result?.status === "invalid" ? result.problems : {},
  };
  return (
    <NarrowPage title={title} lead={lead}>
      {result?.status === "rate-limited" ? (
        <Alert tone="danger">{t("auth.problems.rate-limited")}</Alert>
      ) : null}
      <Form method="post" className="grid gap-5" noValidate>
        {fieldsBefore?.(form)}
        <Field
          label={t("auth.fields.email")}
          requiredLabel={t("auth.fields.required")}
          error={problemMessages(t, form.problems.email)}
        >
          <Input
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={form.values?.email}
          />
        </Field>
        <Field
          label={t("auth.fields.password")}
          requiredLabel={t("auth.fields.required")}
          description={t("auth.fields.passwordHelp")}
          error={problemMessages(t, form.problems.password)}
        >
          <NewPasswordInput resetKey={submissionKey} name="password" required />
        </Field>
        {fieldsAfter?.(form)}
        <Field label={t("auth.fields.language")}>
          <Select name="language" defaultValue={form.values?.language ?? i18n.language}>
            {supportedLngs.map((lng) => (
              <option key={lng} value={lng} lang={lng}>
                {languageNames[lng]}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={submitting}>
          {t("auth.signUp.submit")}
        </Button>
      </Form>
      {oauth ? <OAuthButtons {...oauth} /> : null}
      <p className="text-sm text-ink-muted">
        {t("auth.signUp.haveAccount")}{" "}
        <Link
          to="/sign-in"
          className="font-medium text-accent-strong underline-offset-4 hover:underline"
        >
          {t("auth.nav.signIn")}
        </Link>
      </p>
    </NarrowPage>
  );
}
