import type { Db } from "@tsunagu/db";
import type { AccountMailer, EmailLocale } from "@tsunagu/email";
import { issueUnsubscribeToken, maySend } from "../email/preferences";

/** How the sending app reaches the seeker: its mailer, and links into the seeker app. */
export interface InvitationMail {
  mailer: Pick<AccountMailer, "sendInvitationReceived">;
  /** An absolute link to a page of the seeker app, e.g. "/invitations/<id>". */
  seekerLink(path: string): string;
}

/**
 * F6/F8: tells the seeker, in their language, that an invitation arrived, unless they turned
 * the "Invitations from companies" email setting off (F8; no row means on). Runs after the invitation is committed and
 * never throws: the invitation stands whether or not the email goes out. Logs nothing personal.
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
    const token = await issueUnsubscribeToken(db, user.id, "INVITATIONS");
    const result = await mail.mailer.sendInvitationReceived(
      user.email,
      user.locale.toLowerCase() as EmailLocale,
      {
        kind: "invitation-received",
        companyName: invitation.company.name,
        jobTitle: invitation.job.title,
        link: mail.seekerLink(`/invitations/${invitationId}`),
        expiresAt: invitation.expiresAt,
      },
      { url: mail.seekerLink(`/unsubscribe?token=${token}`) },
    );
    return result.sent;
  } catch (error) {
    console.error(`Invitation email not prepared: ${(error as { name?: string }).name ?? "error"}`);
    return false;
  }
}
