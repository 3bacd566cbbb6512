import type { Db } from "@tsunagu/db";
import type { EmailLocale } from "@tsunagu/email";
import { queueEmail, type OutboxMailer } from "../email/outbox";
import { maySend } from "../email/preferences";

/** How the sending app reaches the seeker: links into the seeker app (the jobs worker sends). */
export interface InvitationMail {
  /** The app's relay; the notice itself is queued and sent by the jobs worker's own mailer. */
  mailer?: OutboxMailer;
  /** An absolute link to a page of the seeker app, e.g. "/invitations/<id>". */
  seekerLink(path: string): string;
}

/**
 * F6/F8: queues the seeker's notice, in their language, that an invitation arrived, unless they
 * turned the "Invitations from companies" setting off (no row means on); the jobs worker sends
 * it (N6) and checks the setting again then. Runs after the invitation is committed and never
 * throws: the invitation stands whether or not the email goes out. Logs nothing personal.
 */
export async function notifyInvitationReceived(
  db: Db,
  mail: InvitationMail | null,
  invitationId: string,
): Promise<boolean> {
  if (!mail) return false;
  try {
    const invitation = await db.invitation.findUnique({
      where: { id: invitationId },
      select: {
        expiresAt: true,
        company: { select: { name: true } },
        job: { select: { title: true } },
        profile: {
          select: {
            user: {
              select: { id: true, email: true, locale: true, status: true },
            },
          },
        },
      },
    });
    const user = invitation?.profile.user;
    if (!invitation || !user || user.status !== "ACTIVE") return false;
    // F8: the seeker's "Invitations from companies" setting, and any suppression of the address.
    if (!(await maySend(db, { userId: user.id, address: user.email, category: "INVITATIONS" }))) {
      return false;
    }
    // N6: queued, not sent from the page: the jobs worker sends it and retries while the relay
    // is down. The key makes a repeated notice for the same invitation the same mail.
    await queueEmail(db, {
      userId: user.id,
      toAddress: user.email,
      category: "INVITATIONS",
      idempotencyKey: `invitation-received:${invitationId}`,
      template: "invitation-received",
      payload: {
        locale: user.locale.toLowerCase() as EmailLocale,
        email: {
          kind: "invitation-received",
          companyName: invitation.company.name,
          jobTitle: invitation.job.title,
          link: mail.seekerLink(`/invitations/${invitationId}`),
          expiresAt: invitation.expiresAt.toISOString(),
        },
        unsubscribeUrl: mail.seekerLink("/unsubscribe"),
      },
    });
    return true;
  } catch (error) {
    console.error(`Invitation email not prepared: ${(error as { name?: string }).name ?? "error"}`);
    return false;
  }
}
