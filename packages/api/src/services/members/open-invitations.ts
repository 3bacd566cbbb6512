import type { Db } from "@tsunagu/db";
import { acceptMemberInvitationInput } from "./accept-member-invitation";
import { hashInvitationToken } from "./invite-member";

/**
 * The open invitation behind an invitation link, read-only: opening the link (or a mail scanner
 * fetching it) never uses it up; only acceptMemberInvitation does. Null for a malformed,
 * unknown, used, revoked or expired token alike.
 */
export async function findOpenInvitation(
  db: Pick<Db, "memberInvitation">,
  token: string,
  now = new Date(),
) {
  if (!acceptMemberInvitationInput.shape.token.safeParse(token).success) return null;
  const invitation = await db.memberInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      company: { select: { name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now)
    return null;
  return invitation;
}

/** A company's invitations still waiting for an answer, newest first (owners see them). */
export function listOpenInvitations(
  db: Pick<Db, "memberInvitation">,
  companyId: string,
  now = new Date(),
) {
  return db.memberInvitation.findMany({
    where: { companyId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
}
