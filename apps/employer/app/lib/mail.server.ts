import { AccountMailer, type AccountEmail, type EmailLocale } from "@tsunagu/email";
import { env } from "~/env.server";

const mailer = env.SMTP_URL
  ? new AccountMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM })
  : null;

/** Sends an account email; false when it could not be handed to the relay (the page says so). */
export async function sendAccountEmail(
  to: string,
  locale: EmailLocale,
  email: AccountEmail,
): Promise<boolean> {
  if (!mailer) return false;
  return (await mailer.send(to, locale, email)).sent;
}

/** An absolute link into this app for an email. */
export function appLink(path: string, params: Record<string, string> = {}): string {
  const url = new URL(path, env.APP_ORIGIN);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}
