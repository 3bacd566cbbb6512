import type { CompanyStatus, Db, Prisma } from "@tsunagu/db";
import { AppError } from "../../errors";

export interface AdminCompanyFilter {
  status?: CompanyStatus;
  verified?: boolean;
  flagged?: boolean;
}

/** F10/F13/F17: companies for the platform team, newest first, with their review state. */
export async function listCompaniesForAdmin(db: Db, filter: AdminCompanyFilter = {}) {
  const where: Prisma.CompanyWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.verified === undefined
      ? {}
      : { verifiedAt: filter.verified ? { not: null } : null }),
    ...(filter.flagged === undefined
      ? {}
      : { reviewFlaggedAt: filter.flagged ? { not: null } : null }),
  };
  return db.company.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      website: true,
      verifiedAt: true,
      verificationMethod: true,
      reviewFlaggedAt: true,
      createdAt: true,
    },
  });
}

async function lockCompany(tx: Prisma.TransactionClient, companyId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM companies WHERE id = ${companyId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "No such company.");
}

/** F10: a platform admin checked the company by hand (registry, call, documents). */
export async function verifyCompanyByAdmin(
  db: Db,
  adminUserId: string,
  companyId: string,
  now = new Date(),
): Promise<{ verifiedAt: Date }> {
  return db.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const company = await tx.company.findUniqueOrThrow({
      where: { id: companyId },
      select: { verifiedAt: true },
    });
    if (company.verifiedAt) return { verifiedAt: company.verifiedAt };
    await tx.company.update({
      where: { id: companyId },
      data: { verifiedAt: now, verificationMethod: "ADMIN" },
    });
    await tx.auditEvent.create({
      data: {
        actorKind: "PLATFORM_ADMIN",
        actorUserId: adminUserId,
        companyId,
        action: "company.verify",
        targetKind: "company",
        targetId: companyId,
        metadata: { method: "ADMIN" },
        occurredAt: now,
      },
    });
    return { verifiedAt: now };
  });
}

/**
 * F13: a platform admin reviewed the reports and lets the company invite again. The reports
 * that raised the flag stay; only reports after `now` count towards a new flag.
 */
export async function clearCompanyReviewFlag(
  db: Db,
  adminUserId: string,
  companyId: string,
  now = new Date(),
): Promise<{ cleared: boolean }> {
  return db.$transaction(async (tx) => {
    await lockCompany(tx, companyId);
    const company = await tx.company.findUniqueOrThrow({
      where: { id: companyId },
      select: { reviewFlaggedAt: true },
    });
    if (!company.reviewFlaggedAt) return { cleared: false };
    await tx.company.update({ where: { id: companyId }, data: { reviewFlaggedAt: null } });
    await tx.auditEvent.create({
      data: {
        actorKind: "PLATFORM_ADMIN",
        actorUserId: adminUserId,
        companyId,
        action: "company.review.clear",
        targetKind: "company",
        targetId: companyId,
        metadata: { flaggedAt: company.reviewFlaggedAt.toISOString() },
        occurredAt: now,
      },
    });
    return { cleared: true };
  });
}
