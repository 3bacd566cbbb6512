import type { Db } from "@tsunagu/db";
import { disclosuresInput, type DisclosuresInput } from "@tsunagu/schemas/privacy";

const PAGE_SIZE = 50;

/**
 * F7 (R5, APPI third-party provision records): which company saw or received what of the
 * seeker, when and for what stated purpose, newest first; by kind or company, 50 a page. The
 * companies that appear anywhere in the ledger are listed for the filter.
 */
export async function loadDisclosures(db: Db, userId: string, rawInput: DisclosuresInput) {
  const input = disclosuresInput.parse(rawInput);
  const profile = await db.seekerProfile.findUnique({ where: { userId }, select: { id: true } });
  if (!profile) return { entries: [], companies: [], page: 0, hasMore: false };
  const where = {
    profileId: profile.id,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.companyId ? { companyId: input.companyId } : {}),
  };
  const [rows, companies] = await Promise.all([
    db.disclosureLedgerEntry.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      skip: input.page * PAGE_SIZE,
      take: PAGE_SIZE + 1,
      select: {
        id: true,
        kind: true,
        purpose: true,
        occurredAt: true,
        company: { select: { id: true, name: true } },
        application: { select: { job: { select: { title: true } } } },
        invitation: { select: { job: { select: { title: true } } } },
      },
    }),
    db.company.findMany({
      where: { disclosures: { some: { profileId: profile.id } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const entries = rows.slice(0, PAGE_SIZE).map(({ application, invitation, ...entry }) => ({
    ...entry,
    jobTitle: application?.job.title ?? invitation?.job.title ?? null,
  }));
  return { entries, companies, page: input.page, hasMore: rows.length > PAGE_SIZE };
}
