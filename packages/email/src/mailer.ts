import { createTransport, type Transporter } from "nodemailer";

import { renderInvitationReceivedEmail, type InvitationReceivedEmail } from "./invitation-received";
import { renderJobAlertEmail, type JobAlertEmail } from "./job-alert";
import { renderSavedSearchAlertEmail, type SavedSearchAlertEmail } from "./saved-search-alert";
import { renderAccountEmail, type AccountEmail, type EmailLocale } from "./templates";
import { htmlOfText, unsubscribeFooter, unsubscribeMailto, type Unsubscribe } from "./unsubscribe";

export interface MailerConfig {
  /** smtp:// or smtps:// URL of the relay (the local mail catcher in development and tests). */
  smtpUrl: string;
  /** The From header, e.g. "Tsunagu <no-reply@tsunagu.example>". */
  from: string;
}

export type SendResult = { sent: true } | { sent: false };

/**
 * Sends the account emails (verification, reset, notices). A relay that is down or slow must not
 * break the page that triggered the mail (N6): sending gives up after a few seconds and reports
 * `{ sent: false }` so the page can say the email may be delayed. Nothing about the recipient
 * is logged.
 */
export class AccountMailer {
  private readonly transport: Transporter;

  constructor(private readonly config: MailerConfig) {
    this.transport = createTransport({
      url: config.smtpUrl,
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 10_000,
    });
  }

  send(to: string, locale: EmailLocale, email: AccountEmail): Promise<SendResult> {
    return this.deliver(to, email.kind, renderAccountEmail(locale, email));
  }

  /**
   * F6: the seeker's notice of a new invitation (the caller checks the seeker's preference).
   * F8: with `unsubscribe`, it carries List-Unsubscribe headers and a footer link.
   */
  sendInvitationReceived(
    to: string,
    locale: EmailLocale,
    email: InvitationReceivedEmail,
    unsubscribe?: Unsubscribe,
  ): Promise<SendResult> {
    return this.deliver(to, email.kind, renderInvitationReceivedEmail(locale, email), {
      locale,
      unsubscribe,
    });
  }

  /** F12: new matches of an employer member's saved search (the caller checks what is due). */
  sendSavedSearchAlert(
    to: string,
    locale: EmailLocale,
    email: SavedSearchAlertEmail,
    unsubscribe?: Unsubscribe,
  ): Promise<SendResult> {
    return this.deliver(to, email.kind, renderSavedSearchAlertEmail(locale, email), {
      locale,
      unsubscribe,
    });
  }

  /** F8: new jobs for one of the seeker's job alerts (the outbox checks the preference). */
  sendJobAlert(
    to: string,
    locale: EmailLocale,
    email: JobAlertEmail,
    unsubscribe?: Unsubscribe,
  ): Promise<SendResult> {
    return this.deliver(to, email.kind, renderJobAlertEmail(locale, email), {
      locale,
      unsubscribe,
    });
  }

  private async deliver(
    to: string,
    kind: string,
    { subject, text }: { subject: string; text: string },
    list?: { locale: EmailLocale; unsubscribe: Unsubscribe | undefined },
  ): Promise<SendResult> {
    const unsubscribe = list?.unsubscribe;
    const body = unsubscribe
      ? `${text}\n\n${unsubscribeFooter(list.locale, unsubscribe.url)}`
      : text;
    try {
      await this.transport.sendMail({
        from: this.config.from,
        to,
        subject,
        text: body,
        ...(list ? { html: htmlOfText(list.locale, subject, body) } : {}),
        // RFC 2369 + RFC 8058: mail clients offer a one-click unsubscribe that POSTs to the url.
        ...(unsubscribe
          ? {
              headers: {
                "List-Unsubscribe": `<${unsubscribe.url}>, <${unsubscribeMailto(this.config.from, unsubscribe.url)}>`,
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
              },
            }
          : {}),
      });
      return { sent: true };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      console.error(`Email (${kind}) not sent: ${String(code ?? "error")}`);
      return { sent: false };
    }
  }
}
