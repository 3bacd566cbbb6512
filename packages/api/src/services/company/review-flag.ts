import type { DbTransaction } from "@tsunagu/db";

/** F13: this many invitations reported as spam or a scam within the window flag the company. */
export const REPORT_FLAG_THRESHOLD = 3;
export const REPORT_FLAG_WINDOW_DAYS = 90;

const DAY_MS = 86_400_000;

/**
 * F13: after a seeker reported one of the company's invitations, count its reported invitations
 * of the last REPORT_FLAG_WINDOW_DAYS and, at REPORT_FLAG_THRESHOLD, flag the company for review
 * (it cannot invite until a platform admin clears the flag). Runs in the report's transaction;
 * the company row is locked so two reports at the same moment both count. Returns whether this
 * report raised the flag.
 */
export async function flagCompanyIfReportedOften(
  tx: DbTransaction,
  companyId: string,
  now: Date,
): Promise<boolean> {
  const [company] = await tx.$queryRaw<{ review_flagged_at: Date | null }[]>`
    SELECT review_flagged_at FROM companies WHERE id = ${companyId}::uuid FOR UPDATE`;
  if (!company || company.review_flagged_at) return false;
  // Reports an admin already reviewed (before the last clearing) do not count again.
  const lastCleared = await tx.auditEvent.findFirst({
    where: { companyId, action: "company.review.clear" },
    orderBy: { occurredAt: "desc" },
    select: { occurredAt: true },
  });
  const windowStart = new Date(now.getTime() - REPORT_FLAG_WINDOW_DAYS * DAY_MS);
  const since =
    lastCleared && lastCleared.occurredAt > windowStart ? lastCleared.occurredAt : windowStart;
  const reported = await tx.invitation.count({
    where: { companyId, status: "REPORTED", respondedAt: { gt: since } },
  });
  if (reported < REPORT_FLAG_THRESHOLD) return false;
  await tx.company.update({ where: { id: companyId }, data: { reviewFlaggedAt: now } });
  await tx.auditEvent.create({
    data: {
      actorKind: "SYSTEM",
      companyId,
      action: "company.review.flag",
      targetKind: "company",
      targetId: companyId,
      metadata: { reportedInvitations: reported, windowDays: REPORT_FLAG_WINDOW_DAYS },
      occurredAt: now,
    },
  });
  return true;
}
