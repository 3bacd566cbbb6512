import type { Db } from "@tsunagu/db";
import { AppError } from "../../errors";

/**
 * F3: the seeker's block list. Companies are matched by identity (CompanyBlock), email domains
 * by the members' confirmed addresses (DomainBlock), and a typed name that matches no company
 * yet is kept (PendingCompanyBlock) until such a company joins. Every change to company_blocks
 * and domain_blocks writes the outbox event in the same transaction (database triggers, R3).
 */

/** Shown beside a company's name so look-alikes can be told apart. */
const identity = { id: true, name: true, slug: true, website: true } as const;

export function websiteHost(website: string | null): string | null {
  if (!website) return null;
  try {
    return new URL(website).host;
  } catch {
    return null;
  }
}

const companyView = (c: { id: string; name: string; slug: string; website: string | null }) => ({
  id: c.id,
  name: c.name,
  slug: c.slug,
  websiteHost: websiteHost(c.website),
});

async function profileIdOf(db: Pick<Db, "seekerProfile">, userId: string) {
  const { id } = await db.seekerProfile.findUniqueOrThrow({
    where: { userId },
    select: { id: true },
  });
  return id;
}

/** Active companies whose name contains the query, for the picker (at most 10). */
export async function searchCompanies(db: Db, query: string) {
  const companies = await db.company.findMany({
    where: { status: "ACTIVE", name: { contains: query, mode: "insensitive" } },
    select: identity,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 10,
  });
  return companies.map(companyView);
}

/** Everything on the seeker's block list, with the companies a kept name may now mean. */
export async function listBlocks(db: Db, userId: string) {
  const profileId = await profileIdOf(db, userId);
  const [companies, domains, pending] = await Promise.all([
    db.companyBlock.findMany({
      where: { profileId },
      select: { isCurrentEmployer: true, createdAt: true, company: { select: identity } },
      orderBy: { createdAt: "asc" },
    }),
    db.domainBlock.findMany({
      where: { profileId },
      select: { domain: true },
      orderBy: { domain: "asc" },
    }),
    db.pendingCompanyBlock.findMany({
      where: { profileId },
      select: { id: true, name: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const blockedIds = new Set(companies.map((b) => b.company.id));
  const pendingWithMatches = await Promise.all(
    pending.map(async (p) => {
      const matches = await db.company.findMany({
        where: {
          status: "ACTIVE",
          name: { equals: p.name, mode: "insensitive" },
          id: { notIn: [...blockedIds] },
        },
        select: identity,
        orderBy: { createdAt: "asc" },
        take: 5,
      });
      return { id: p.id, name: p.name, matches: matches.map(companyView) };
    }),
  );
  return {
    companies: companies.map((b) => ({
      ...companyView(b.company),
      isCurrentEmployer: b.isCurrentEmployer,
    })),
    domains: domains.map((d) => d.domain),
    pending: pendingWithMatches,
  };
}

/** Block an active company by identity; blocking it twice changes nothing. */
export async function blockCompany(db: Db, userId: string, companyId: string) {
  const profileId = await profileIdOf(db, userId);
  const company = await db.company.findFirst({
    where: { id: companyId, status: "ACTIVE" },
    select: { id: true },
  });
  if (!company) throw new AppError("NOT_FOUND", "This company is not on Tsunagu.");
  await db.companyBlock.upsert({
    where: { profileId_companyId: { profileId, companyId } },
    create: { profileId, companyId },
    update: {},
  });
}

export async function unblockCompany(db: Db, userId: string, companyId: string) {
  const profileId = await profileIdOf(db, userId);
  await db.companyBlock.deleteMany({ where: { profileId, companyId } });
}

/** Block every member whose confirmed address is at this domain or a subdomain (normalised by the schema). */
export async function blockDomain(db: Db, userId: string, domain: string) {
  const profileId = await profileIdOf(db, userId);
  await db.domainBlock.upsert({
    where: { profileId_domain: { profileId, domain } },
    create: { profileId, domain },
    update: {},
  });
}

export async function unblockDomain(db: Db, userId: string, domain: string) {
  const profileId = await profileIdOf(db, userId);
  await db.domainBlock.deleteMany({ where: { profileId, domain } });
}

/** Keep a name that matches no company yet. */
export async function addPendingBlock(db: Db, userId: string, name: string) {
  const profileId = await profileIdOf(db, userId);
  await db.pendingCompanyBlock.upsert({
    where: { profileId_name: { profileId, name } },
    create: { profileId, name },
    update: {},
  });
}

export async function removePendingBlock(db: Db, userId: string, pendingId: string) {
  const profileId = await profileIdOf(db, userId);
  await db.pendingCompanyBlock.deleteMany({ where: { id: pendingId, profileId } });
}

/**
 * "Is this the company you meant?" — yes: the kept name becomes a block of that company, in one
 * transaction. Only an active company with that name can be confirmed.
 */
export async function confirmPendingBlock(
  db: Db,
  userId: string,
  pendingId: string,
  companyId: string,
) {
  await db.$transaction(async (tx) => {
    const profileId = await profileIdOf(tx, userId);
    const pending = await tx.pendingCompanyBlock.findFirst({ where: { id: pendingId, profileId } });
    if (!pending) throw new AppError("NOT_FOUND", "This name is no longer on your list.");
    const company = await tx.company.findFirst({
      where: {
        id: companyId,
        status: "ACTIVE",
        name: { equals: pending.name, mode: "insensitive" },
      },
      select: { id: true },
    });
    if (!company) throw new AppError("NOT_FOUND", "This company does not match the name you kept.");
    await tx.companyBlock.upsert({
      where: { profileId_companyId: { profileId, companyId } },
      create: { profileId, companyId },
      update: {},
    });
    await tx.pendingCompanyBlock.delete({ where: { id: pending.id } });
  });
}
