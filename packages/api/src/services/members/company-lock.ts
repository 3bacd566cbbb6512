import type { DbTransaction } from "@tsunagu/db";

/**
 * Serialises membership changes of one company (remove, transfer, invite), so two owners acting
 * at the same moment cannot both pass the "at least one owner" or the seat check.
 */
export async function lockCompanyMembership(tx: DbTransaction, companyId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM companies WHERE id = ${companyId}::uuid FOR UPDATE`;
}
