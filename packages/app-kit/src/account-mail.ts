import { randomUUID } from "node:crypto";
import { deliverOutboundEmail, queueEmail, storeDates } from "@tsunagu/api";
import type { Db, Locale as AccountLocale } from "@tsunagu/db";
import { AccountMailer, type AccountEmail, type EmailLocale } from "@tsunagu/email";

/** UI language code → the account's stored language. */
export const accountLocale = (locale: EmailLocale): AccountLocale =>
  locale.toUpperCase() as AccountLocale;

export const emailLocale = (locale: AccountLocale): EmailLocale =>
  locale.toLowerCase() as EmailLocale;

/** The account mails of one app, linking back to that app. */
export function accountMail(app: {
  db: Db;
  appOrigin: string;
  smtpUrl?: string;
  mailFrom: string;
}) {
  const { db } = app;
  const mailer = app.smtpUrl
    ? new AccountMailer({ smtpUrl: app.smtpUrl, from: app.mailFrom })
    : null;

  /** An absolute link into this app for an email. */
  function appLink(path: string, params: Record<string, string> = {}): string {
    const url = new URL(path, app.appOrigin);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    return url.toString();
  }

  /**
   * F8: an account email goes through the outbox like every other mail: the row is written
   * first, so a relay that is down, or this process stopping, loses nothing (the jobs worker
   * retries it with backoff); then this process tries it at once, so the person waiting for a
   * link gets it in a second. The lease on the row makes the two senders one. False when it
   * could not be handed to the relay now (the page says it may be delayed).
   */
  async function send(
    to: string,
    locale: EmailLocale,
    email: AccountEmail,
    options: {
      /** The account the mail is about: its queued mail goes when the account does. */
      userId?: string | null;
      /** One mail per key, however often the request is retried. Default: one per call. */
      idempotencyKey?: string;
      /** The data-subject request whose outcome the mail tells (marked notified once sent). */
      outcomeOf?: string;
    } = {},
  ): Promise<boolean> {
    const id = await queueEmail(db, {
      userId: options.userId ?? null,
      toAddress: to,
      category: "ACCOUNT",
      idempotencyKey: options.idempotencyKey ?? `${email.kind}:${randomUUID()}`,
      template: "account",
      payload: {
        locale,
        email: storeDates(email),
        ...(options.outcomeOf ? { outcomeOf: options.outcomeOf } : {}),
      },
    });
    if (!mailer) return false;
    try {
      const outcome = await deliverOutboundEmail(db, mailer, id);
      // "not-due": the jobs worker leased it first and is sending it.
      return outcome === "sent" || outcome === "not-due";
    } catch {
      return false;
    }
  }

  async function localeOf(userId: string): Promise<EmailLocale> {
    const { locale } = await db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { locale: true },
    });
    return emailLocale(locale);
  }

  function sendVerification(
    to: string,
    locale: EmailLocale,
    token: string,
    userId?: string,
  ): Promise<boolean> {
    return send(
      to,
      locale,
      { kind: "verify-email", link: appLink("/verify", { token }) },
      { userId },
    );
  }

  return {
    /** The relay client itself, for mail that is not an account mail (F6 invitations); null without SMTP. */
    mailer,
    appLink,
    send,
    sendVerification,

    /** The confirmation link for an account's (new) address, in the account's language. */
    async sendVerificationToAccount(userId: string, to: string, token: string): Promise<boolean> {
      return sendVerification(to, await localeOf(userId), token, userId);
    },

    /**
     * Someone asked to register (or move an account to) an address that already has an account:
     * its owner gets a notice in their own language, the visitor sees the usual "check your inbox".
     */
    async notifyAlreadyRegistered(email: string): Promise<boolean> {
      const owner = await db.user.findUnique({ where: { email }, select: { locale: true } });
      return send(email, emailLocale(owner?.locale ?? "EN"), {
        kind: "already-registered",
        signInLink: appLink("/sign-in"),
        resetLink: appLink("/forgot-password"),
      });
    },

    /**
     * Sent off the request path: "forgot password" must answer in the same time whether or not
     * the address has an account.
     */
    sendPasswordResetInBackground(userId: string, to: string, token: string): void {
      void localeOf(userId)
        .then((locale) =>
          send(
            to,
            locale,
            { kind: "reset-password", link: appLink("/reset-password", { token }) },
            { userId },
          ),
        )
        .catch(() => console.error("Password reset email could not be prepared"));
    },
  };
}

export type AccountMail = ReturnType<typeof accountMail>;
