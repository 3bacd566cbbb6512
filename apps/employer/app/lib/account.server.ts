import type { Locale as AccountLocale } from "@tsunagu/db";
import type { EmailLocale } from "@tsunagu/email";
import { db } from "./db.server";
import { appLink, sendAccountEmail } from "./mail.server";

/** UI language code → the account's stored language. */
export const accountLocale = (locale: EmailLocale): AccountLocale =>
  locale.toUpperCase() as AccountLocale;

export const emailLocale = (locale: AccountLocale): EmailLocale =>
  locale.toLowerCase() as EmailLocale;

/** The account's address and whether it is confirmed, for the account page. */
export function accountEmailOf(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, emailVerifiedAt: true, locale: true },
  });
}

export function sendVerificationEmail(
  to: string,
  locale: EmailLocale,
  token: string,
): Promise<boolean> {
  return sendAccountEmail(to, locale, {
    kind: "verify-email",
    link: appLink("/verify", { token }),
  });
}

/**
 * Someone asked to register (or move an account to) an address that already has an account:
 * its owner gets a notice in their own language, the visitor sees the usual "check your inbox".
 */
export async function notifyAlreadyRegistered(email: string): Promise<boolean> {
  const owner = await db.user.findUnique({ where: { email }, select: { locale: true } });
  return sendAccountEmail(email, emailLocale(owner?.locale ?? "EN"), {
    kind: "already-registered",
    signInLink: appLink("/sign-in"),
    resetLink: appLink("/forgot-password"),
  });
}

export async function sendVerificationToAccount(
  userId: string,
  to: string,
  token: string,
): Promise<boolean> {
  const { locale } = await accountEmailOf(userId);
  return sendVerificationEmail(to, emailLocale(locale), token);
}

/**
 * Sent off the request path: "forgot password" must answer in the same time whether or not the
 * address has an account.
 */
export function sendPasswordResetInBackground(userId: string, to: string, token: string): void {
  void accountEmailOf(userId)
    .then(({ locale }) =>
      sendAccountEmail(to, emailLocale(locale), {
        kind: "reset-password",
        link: appLink("/reset-password", { token }),
      }),
    )
    .catch(() => console.error("Password reset email could not be prepared"));
}
