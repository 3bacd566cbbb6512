import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Index } from "meilisearch";
import { createDb } from "@tsunagu/db";
import { createCompany, createEmployerMember, createSeeker } from "@tsunagu/db/testing";
import type { RedactedResume } from "@tsunagu/privacy";
import { drainOutbox, ensureIndex, indexName, resumeIndex, searchClient } from "@tsunagu/search";
import { findCandidates, type Caller } from "../candidates/find-candidates";
import { getCandidate } from "../candidates/get-candidate";
import {
  addPendingBlock,
  blockCompany,
  blockDomain,
  confirmPendingBlock,
  listBlocks,
  searchCompanies,
  unblockCompany,
  unblockDomain,
} from "./blocks";

const db = createDb(process.env.DATABASE_URL!);
const name = `${indexName("resumes")}_blocks`;
let index: Index<RedactedResume>;
const drain = () => drainOutbox(db, index);

async function memberAt(email: string, options: { confirmed?: boolean } = {}): Promise<Caller> {
  const { company } = await createCompany(db, { plan: "pro" });
  const { member, user } = await createEmployerMember(db, { companyId: company.id, email });
  if (options.confirmed === false)
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
  return { companyId: company.id, memberId: member.id };
}

const tag = () => Math.random().toString(36).slice(2, 8);

/** What a company notices of a search: the hits and the total. */
async function seen(caller: Caller, query: string, searchKey: string) {
  const result = await findCandidates(db, caller, { query, pageSize: 50 }, { index });
  const opened = await getCandidate(db, caller, { candidateId: searchKey }).then(
    () => true,
    () => false,
  );
  return {
    found: result.candidates.some((c) => c.id === searchKey),
    total: result.estimatedTotalHits,
    opened,
  };
}

beforeAll(async () => {
  await ensureIndex("resumes", name);
  index = resumeIndex(name);
  await drain();
});

afterAll(async () => {
  await searchClient().deleteIndex(name).waitTask();
  await db.$disconnect();
});

describe("block by email domain (F3, R10, R4)", () => {
  it("hides the resume from members at the domain and its subdomains, whatever company they search from: no hit, no count, no candidate page", async () => {
    const t = tag();
    const domain = `acme-${t}.example`;
    const query = `Zunda mochi artisan ${t}`;
    const seeker = await createSeeker(db, {
      searchable: true,
      locale: "en",
      profile: { headline: query },
    });
    const atDomain = await memberAt(`hr@${domain}`);
    const atSubdomain = await memberAt(`lan@tokyo.${domain}`);
    const lookAlike = await memberAt(`hr@not${domain}`);
    const unconfirmed = await memberAt(`someone@${domain}`, { confirmed: false });
    await drain();
    expect(await seen(atDomain, query, seeker.profile.searchKey)).toEqual({
      found: true,
      total: 1,
      opened: true,
    });

    const before = new Date(Date.now() - 1);
    await blockDomain(db, seeker.user.id, domain);
    const events = await db.searchOutboxEvent.findMany({
      where: { aggregateId: seeker.profile.searchKey, createdAt: { gte: before } },
    });
    expect(events.map((e) => e.reason)).toContain("domain_blocks.insert");

    // R4 before the index hears of it: no hit and no candidate page from the commit on.
    expect(await seen(atDomain, query, seeker.profile.searchKey)).toMatchObject({
      found: false,
      opened: false,
    });
    await drain();
    // R10 once the index has it: not even counted.
    for (const caller of [atDomain, atSubdomain]) {
      expect(await seen(caller, query, seeker.profile.searchKey)).toEqual({
        found: false,
        total: 0,
        opened: false,
      });
    }
    expect(await seen(lookAlike, query, seeker.profile.searchKey)).toEqual({
      found: true,
      total: 1,
      opened: true,
    });
    // Only a confirmed address counts as being at the domain.
    expect((await seen(unconfirmed, query, seeker.profile.searchKey)).found).toBe(true);

    await unblockDomain(db, seeker.user.id, domain);
    await drain();
    expect(await seen(atSubdomain, query, seeker.profile.searchKey)).toEqual({
      found: true,
      total: 1,
      opened: true,
    });
  }, 60_000);
});

describe("block a company (F3)", () => {
  it("picks a real company by name, hides the resume from it (hits, count, page), and unblocking shows it again", async () => {
    const t = tag();
    const query = `Kintsugi restorer ${t}`;
    const { company } = await createCompany(db, { plan: "pro", name: `Kintsugi Works ${t}` });
    const { member } = await createEmployerMember(db, { companyId: company.id });
    const caller = { companyId: company.id, memberId: member.id };
    const seeker = await createSeeker(db, {
      searchable: true,
      locale: "en",
      profile: { headline: query },
    });

    const picked = await searchCompanies(db, `kintsugi works ${t}`);
    expect(picked).toEqual([
      expect.objectContaining({ id: company.id, name: company.name, slug: company.slug }),
    ]);

    await blockCompany(db, seeker.user.id, company.id);
    await drain();
    expect(await seen(caller, query, seeker.profile.searchKey)).toEqual({
      found: false,
      total: 0,
      opened: false,
    });
    expect((await listBlocks(db, seeker.user.id)).companies).toEqual([
      expect.objectContaining({ id: company.id, isCurrentEmployer: false }),
    ]);

    await unblockCompany(db, seeker.user.id, company.id);
    await drain();
    expect(await seen(caller, query, seeker.profile.searchKey)).toEqual({
      found: true,
      total: 1,
      opened: true,
    });
  }, 60_000);

  it("does not offer suspended companies", async () => {
    const t = tag();
    const { company } = await createCompany(db, { name: `Shadow Trading ${t}` });
    await db.company.update({
      where: { id: company.id },
      data: { status: "SUSPENDED", suspendedAt: new Date() },
    });
    expect(await searchCompanies(db, `Shadow Trading ${t}`)).toEqual([]);
  });

  it("blocks the current employer by default however the experience is saved, says so, and a removed block stays removed", async () => {
    const t = tag();
    const { company } = await createCompany(db, { name: `Minato Logistics ${t}` });
    const seeker = await createSeeker(db, { resume: "empty" });
    const experience = await db.workExperience.create({
      data: {
        profileId: seeker.profile.id,
        employerName: company.name,
        companyId: company.id,
        title: "Driver",
        startDate: new Date("2024-04-01"),
        isCurrent: true,
      },
    });
    expect((await listBlocks(db, seeker.user.id)).companies).toEqual([
      expect.objectContaining({ id: company.id, isCurrentEmployer: true }),
    ]);

    await unblockCompany(db, seeker.user.id, company.id);
    await db.workExperience.update({
      where: { id: experience.id },
      data: { title: "Senior driver" },
    });
    expect((await listBlocks(db, seeker.user.id)).companies).toEqual([]);

    // A past job at a platform company is not blocked.
    const other = await createCompany(db, { name: `Past Employer ${t}` });
    await db.workExperience.create({
      data: {
        profileId: seeker.profile.id,
        employerName: "Past",
        companyId: other.company.id,
        title: "Clerk",
        startDate: new Date("2020-01-01"),
        endDate: new Date("2021-01-01"),
      },
    });
    expect((await listBlocks(db, seeker.user.id)).companies).toEqual([]);
  });

  it("keeps a name that matches no company, offers the company when it joins, and confirming makes it a real block", async () => {
    const t = tag();
    const seeker = await createSeeker(db, { resume: "empty" });
    await addPendingBlock(db, seeker.user.id, `Future Foods ${t}`);
    expect((await listBlocks(db, seeker.user.id)).pending).toEqual([
      expect.objectContaining({ name: `Future Foods ${t}`, matches: [] }),
    ]);

    const { company } = await createCompany(db, { name: `future foods ${t}` });
    const { pending } = await listBlocks(db, seeker.user.id);
    expect(pending[0]!.matches).toEqual([expect.objectContaining({ id: company.id })]);

    const lookAlike = await createCompany(db, { name: `Future Foods ${t} Holdings` });
    await expect(
      confirmPendingBlock(db, seeker.user.id, pending[0]!.id, lookAlike.company.id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await confirmPendingBlock(db, seeker.user.id, pending[0]!.id, company.id);
    const after = await listBlocks(db, seeker.user.id);
    expect(after.pending).toEqual([]);
    expect(after.companies).toEqual([
      expect.objectContaining({ id: company.id, isCurrentEmployer: false }),
    ]);
  });
});
