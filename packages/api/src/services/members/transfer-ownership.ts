import type { Db } from "@tsunagu/db";
import { AppError } from "../../errors";
import { lockCompanyMembership } from "./company-lock";

/**
 * F10: the calling owner hands ownership to another member of the company and becomes a
 * recruiter. Re-checked under the company lock, so two owners transferring at once cannot
 * leave the company without one.
 */
export async function transferOwnership(
  db: Db,
  caller: { companyId: string; memberId: string },
  toMemberId: string,
): Promise<void> {
  if (toMemberId === caller.memberId)
    throw new AppError("BAD_REQUEST", "You already own this company.");
  await db.$transaction(async (tx) => {
    await lockCompanyMembership(tx, caller.companyId);
    const [from, to] = await Promise.all([
      tx.companyMember.findFirst({
        where: { id: caller.memberId, companyId: caller.companyId },
        select: { role: true },
      }),
      tx.companyMember.findFirst({
        where: { id: toMemberId, companyId: caller.companyId },
        select: { id: true },
      }),
    ]);
    if (from?.role !== "OWNER")
      throw new AppError("FORBIDDEN", "Only a company owner can transfer ownership.");
    if (!to) throw new AppError("NOT_FOUND", "This member is not part of your company.");
    await tx.companyMember.update({ where: { id: to.id }, data: { role: "OWNER" } });
    await tx.companyMember.update({ where: { id: caller.memberId }, data: { role: "RECRUITER" } });
  });
}
