import { invalidateAllSessions } from "@tsunagu/auth";
import type { Db } from "@tsunagu/db";
import { AppError } from "../../errors";
import { lockCompanyMembership } from "./company-lock";

/**
 * F10: an owner removes a member of their own company. A company always keeps an owner; the
 * removed member's sessions end at once, so they lose access on their next request.
 */
export async function removeMember(
  db: Db,
  caller: { companyId: string },
  memberId: string,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockCompanyMembership(tx, caller.companyId);
    // Scoped to the caller's company: another company's member id answers "not found".
    const target = await tx.companyMember.findFirst({
      where: { id: memberId, companyId: caller.companyId },
      select: { id: true, userId: true, role: true },
    });
    if (!target) throw new AppError("NOT_FOUND", "This member is not part of your company.");
    if (target.role === "OWNER") {
      const owners = await tx.companyMember.count({
        where: { companyId: caller.companyId, role: "OWNER" },
      });
      if (owners <= 1) {
        throw new AppError(
          "BAD_REQUEST",
          "A company needs an owner. Transfer ownership before removing the last owner.",
        );
      }
    }
    await tx.companyMember.delete({ where: { id: target.id } });
    await invalidateAllSessions(tx, target.userId);
  });
}
