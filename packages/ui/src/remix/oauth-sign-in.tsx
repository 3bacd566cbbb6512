import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/alert";
import { Button } from "../components/button";
import { NarrowPage } from "../components/narrow-page";
import type { AccountProblem } from "./problem-messages";

/** A configured provider's button (`@tsunagu/app-kit`'s catalogue decides which). */
export interface OAuthButtonView {
  id: string;
  name: string;
}

/** Why a sign-in through a provider came back (`@tsunagu/app-kit`'s OAUTH_FAILURES). */
export type OAuthFailureReason =
  | "failed"
  | "email-in-use"
  | "expired"
  | "email-required"
  | "unavailable"
  | "no-account"
  | "unverified-email";

export interface OAuthSignInPageView {
  providers: OAuthButtonView[];
  failure: { reason: OAuthFailureReason; provider: string } | null;
}

/** One button per configured provider, keeping where to go after signing in. */
export function OAuthButtons({
  providers,
  redirectTo,
}: {
  providers: readonly OAuthButtonView[];
  redirectTo: string;
}) {
  const { t } = useTranslation("common");
  if (providers.length === 0) return null;
  return (
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
  );
}

const FAILURE_KEY = {
  failed: "auth.oauth.failed",
  "email-in-use": "auth.oauth.emailInUse",
  expired: "auth.oauth.expired",
  "email-required": "auth.oauth.emailRequired",
  unavailable: "auth.signIn.unavailable",
  "no-account": "auth.oauth.noAccount",
  "unverified-email": "auth.oauth.unverifiedEmail",
} as const satisfies Record<OAuthFailureReason, string>;

/** Why the last sign-in through a provider did not work, and what to do instead. */
export function OAuthFailureNotice({
  reason,
  provider,
}: NonNullable<OAuthSignInPageView["failure"]>) {
  const { t } = useTranslation("common");
  const tone = reason === "email-in-use" || reason === "no-account" ? "warning" : "danger";
  return <Alert tone={tone}>{t(FAILURE_KEY[reason], { provider })}</Alert>;
}

/** What `@tsunagu/app-kit`'s /auth/complete loader and action return. */
export interface OAuthCompletePageView {
  provider: string;
  redirectTo: string;
}
export interface OAuthCompleteActionView {
  problems: AccountProblem[];
  values: Record<string, string>;
}

/**
 * The last step of a sign-up that started at a provider: what the provider cannot tell (the
 * app's `fields`, given the submitted values and their problems), then the account exists.
 */
export function OAuthCompletePage({
  lead,
  fields,
}: {
  /** What is asked, and why: a seeker's birth date, or a company's name. */
  lead: "auth.oauth.completeLead" | "auth.oauth.completeCompanyLead";
  fields: (form: { values: Record<string, string>; problems: AccountProblem[] }) => ReactNode;
}) {
  const { provider, redirectTo } = useLoaderData<OAuthCompletePageView>();
  const result = useActionData<OAuthCompleteActionView>();
  const { t } = useTranslation("common");
  const submitting = useNavigation().state === "submitting";
  return (
    <NarrowPage title={t("auth.oauth.completeTitle")} lead={t(lead)}>
      <Form method="post" className="grid gap-5">
        <input type="hidden" name="provider" value={provider} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        {fields({ values: result?.values ?? {}, problems: result?.problems ?? [] })}
        <Button type="submit" disabled={submitting}>
          {t("auth.signUp.submit")}
        </Button>
      </Form>
    </NarrowPage>
  );
}
