import type { Db } from "@tsunagu/db";
import { AppError } from "../../errors";
import { lockCompanyMembership } from "./company-lock";

/**
 * F10: an owner withdraws an invitation that has not been answered; its link stops working at
 * once and its seat is free again. Another company's invitation, or one already used, revoked
 * or expired, is "not found".
 */
export async function revokeMemberInvitation(
  db: Db,
  caller: { companyId: string },
  invitationId: string,
  now = new Date(),
): Promise<{ email: string }> {
  return db.$transaction(async (tx) => {
    await lockCompanyMembership(tx, caller.companyId);
    const open = await tx.memberInvitation.findFirst({
      where: {
        id: invitationId,
        companyId: caller.companyId,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
      select: { id: true, email: true },
    });
    if (!open) throw new AppError("NOT_FOUND", "This invitation is no longer open.");
    await tx.memberInvitation.update({ where: { id: open.id }, data: { revokedAt: now } });
    return { email: open.email };
  });
}
