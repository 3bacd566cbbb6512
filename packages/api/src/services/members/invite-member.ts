import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { normaliseEmail } from "@tsunagu/auth";
import { MemberRole, type Db } from "@tsunagu/db";
import { AppError } from "../../errors";
import { lockCompanyMembership } from "./company-lock";
import { seatUsage } from "./seat-usage";

export const MEMBER_INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export const inviteMemberInput = z.object({
  email: z.email().max(254).transform(normaliseEmail),
  role: z.enum(MemberRole).default("RECRUITER"),
});
export type InviteMemberInput = z.input<typeof inviteMemberInput>;

export interface MemberInvitationIssued {
  invitationId: string;
  expiresAt: Date;
  /**
   * The only copy of the secret for the accept link; only its SHA-256 is stored. Goes into the
   * invitation email and nowhere else (never into an API response or a log).
   */
  token: string;
}

export function hashInvitationToken(token: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash("sha256").update(token).digest());
}

/**
 * F10: an owner invites someone by email as RECRUITER or OWNER. Seats are counted with the
 * open invitations, so a company cannot invite past its plan. A new invitation to the same
 * address replaces the open one (the old link stops working).
 */
export async function inviteMember(
  db: Db,
  caller: { companyId: string; memberId: string },
  rawInput: InviteMemberInput,
  now = new Date(),
): Promise<MemberInvitationIssued> {
  const input = inviteMemberInput.parse(rawInput);
  const token = randomBytes(32).toString("base64url");
  return db.$transaction(async (tx) => {
    await lockCompanyMembership(tx, caller.companyId);
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: { membership: { select: { companyId: true } } },
    });
    if (existing?.membership?.companyId === caller.companyId) {
      throw new AppError("CONFLICT", "This person is already a member of your company.");
    }
    await tx.memberInvitation.updateMany({
      where: { companyId: caller.companyId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const { members, openInvitations, seats } = await seatUsage(tx, caller.companyId, now);
    if (members + openInvitations >= seats) {
      throw new AppError(
        "PLAN_REQUIRED",
        `Your plan includes ${seats} seats and they are all taken or invited.`,
      );
    }
    const invitation = await tx.memberInvitation.create({
      data: {
        companyId: caller.companyId,
        email: input.email,
        role: input.role,
        tokenHash: hashInvitationToken(token),
        invitedByMemberId: caller.memberId,
        expiresAt: new Date(now.getTime() + MEMBER_INVITATION_LIFETIME_MS),
        createdAt: now,
      },
      select: { id: true, expiresAt: true },
    });
    return { invitationId: invitation.id, expiresAt: invitation.expiresAt, token };
  });
}
