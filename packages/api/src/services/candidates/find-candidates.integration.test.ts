import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Index } from "meilisearch";
import { createDb } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createSeeker,
  withdrawConsent,
} from "@tsunagu/db/testing";
import type { RedactedResume } from "@tsunagu/privacy";
import {
  drainOutbox,
  ensureIndex,
  EXCLUSION_ATTRIBUTE,
  indexName,
  processOutboxBatch,
  resumeIndex,
  searchClient,
} from "@tsunagu/search";
import { AppError } from "../../errors";
import { findCandidates, type Caller } from "./find-candidates";
import { getCandidate } from "./get-candidate";
import { memberSearchUsage, SEARCH_RECOUNT_MINUTES } from "./member-quota";

const db = createDb(process.env.DATABASE_URL!);
const name = `${indexName("resumes")}_api`;
let index: Index<RedactedResume>;
let caller: Caller;

const drain = () => drainOutbox(db, index);

async function payingCaller(plan: "standard" | "pro" | "free" = "pro"): Promise<Caller> {
  const { company } = await createCompany(db, { plan });
  const { member } = await createEmployerMember(db, { companyId: company.id });
  return { companyId: company.id, memberId: member.id };
}

const search = (input: Parameters<typeof findCandidates>[2], who = caller) =>
  findCandidates(db, who, input, { index });

beforeAll(async () => {
  await ensureIndex("resumes", name);
  index = resumeIndex(name);
  caller = await payingCaller();
  await drain();
});

afterAll(async () => {
  await searchClient().deleteIndex(name).waitTask();
  await db.$disconnect();
});

describe("findCandidates (real PostgreSQL and Meilisearch)", () => {
  it("refuses companies without a paid plan, with a clear reason", async () => {
    const free = await payingCaller("free");
    await expect(search({ query: "" }, free)).rejects.toMatchObject({ code: "PLAN_REQUIRED" });
  });

  it("finds a searchable candidate by headline and returns only the redacted view", async () => {
    const seeker = await createSeeker(db, {
      searchable: true,
      locale: "en",
      profile: { headline: "Forklift operator with night shift experience" },
    });
    await drain();
    const result = await search({ query: "forklift night shift" });
    const hit = result.candidates.find((c) => c.id === seeker.profile.searchKey);
    expect(hit?.headline).toBe("Forklift operator with night shift experience");
    const text = JSON.stringify(result.candidates);
    expect(text).not.toContain(seeker.user.email);
    if (seeker.profile.lastName) expect(text).not.toContain(seeker.profile.lastName);
    expect(result.facets.languages).toBeDefined();
  });

  it("drops hits the database no longer allows, before the index catches up (R4)", async () => {
    const seeker = await createSeeker(db, {
      searchable: true,
      locale: "en",
      profile: { headline: "Crane operator certified level two" },
    });
    await drain();
    expect((await search({ query: "crane operator" })).candidates.map((c) => c.id)).toContain(
      seeker.profile.searchKey,
    );

    // No drain: the index still holds the document, the database says PRIVATE.
    await db.seekerProfile.update({
      where: { id: seeker.profile.id },
      data: { visibility: "PRIVATE" },
    });
    const result = await search({ query: "crane operator" });
    expect(result.candidates.map((c) => c.id)).not.toContain(seeker.profile.searchKey);
    expect(result.droppedAsIndexLag).toBeGreaterThanOrEqual(1);
    await expect(
      getCandidate(db, caller, { candidateId: seeker.profile.searchKey }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("builds every page from the current database row, not from the index or an earlier page", async () => {
    const seeker = await createSeeker(db, {
      searchable: true,
      locale: "en",
      profile: { headline: "Bakery line supervisor" },
    });
    await drain();
    const first = await search({ query: "bakery supervisor" });
    expect(first.candidates.find((c) => c.id === seeker.profile.searchKey)?.headline).toBe(
      "Bakery line supervisor",
    );

    // No drain: the index still has the old text; the page must show the new one.
    await db.seekerProfile.update({
      where: { id: seeker.profile.id },
      data: { headline: "Bakery supervisor, call 090-1234-5678" },
    });
    const second = await search({ query: "bakery supervisor" });
    expect(second.candidates.find((c) => c.id === seeker.profile.searchKey)?.headline).toBe(
      "Bakery supervisor, call [hidden]",
    );
  });

  it("hides a candidate from a company the seeker blocked, and only from it", async () => {
    const blocked = await payingCaller();
    const seeker = await createSeeker(db, {
      searchable: true,
      locale: "en",
      profile: { headline: "Sushi chef trainee" },
    });
    await db.companyBlock.create({
      data: { profileId: seeker.profile.id, companyId: blocked.companyId },
    });
    await drain();
    expect(
      (await search({ query: "sushi chef" }, blocked)).candidates.map((c) => c.id),
    ).not.toContain(seeker.profile.searchKey);
    await expect(
      getCandidate(db, blocked, { candidateId: seeker.profile.searchKey }),
    ).rejects.toBeInstanceOf(AppError);
    expect((await search({ query: "sushi chef" })).candidates.map((c) => c.id)).toContain(
      seeker.profile.searchKey,
    );
  });

  it("records every candidate view in the disclosure ledger the seeker can read", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    await drain();
    const view = await getCandidate(db, caller, {
      candidateId: seeker.profile.searchKey,
      purpose: "shortlist for welding role",
    });
    expect(view.id).toBe(seeker.profile.searchKey);
    const ledger = await db.disclosureLedgerEntry.findMany({
      where: { profileId: seeker.profile.id },
    });
    expect(ledger).toMatchObject([
      {
        companyId: caller.companyId,
        memberId: caller.memberId,
        kind: "RESUME_VIEW",
        purpose: "shortlist for welding role",
      },
    ]);
  });

  it("stops a suspended company at once", async () => {
    const company = await payingCaller();
    await db.company.update({
      where: { id: company.companyId },
      data: { status: "SUSPENDED", suspendedAt: new Date() },
    });
    await expect(search({ query: "" }, company)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("enforces the per-minute search limit with a clear error, and the result cap per query", async () => {
    const member = await payingCaller("standard");
    const now = new Date("2026-11-22T10:00:30Z");
    for (let i = 0; i < 20; i++)
      await findCandidates(db, member, { query: `welder ${i}` }, { index, now });
    const refused = await findCandidates(db, member, { query: "welder 20" }, { index, now }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 30 });
    await expect(
      findCandidates(
        db,
        member,
        { query: "", page: 10, pageSize: 20 },
        { index, now: new Date("2026-11-22T10:05:00Z") },
      ),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("counts a search once per committed query: paging and returning to it cost nothing, a new query or filter does", async () => {
    const member = await payingCaller("standard");
    const usage = () => memberSearchUsage(db, member.memberId, now);
    let now = new Date("2026-11-22T11:00:10Z");
    await findCandidates(db, member, { query: "溶接", sort: "recent" }, { index, now });
    expect(await usage()).toEqual({ minute: 1, day: 1 });
    // The same search again, another page of it, its filters written in another order, its
    // query with other spacing or case: still the one committed query.
    await findCandidates(db, member, { query: " 溶接 ", sort: "recent", page: 0 }, { index, now });
    expect(await usage()).toEqual({ minute: 1, day: 1 });
    await findCandidates(
      db,
      member,
      { query: "Welder", filters: { languages: ["ja", "vi"] } },
      { index, now },
    );
    await findCandidates(
      db,
      member,
      { query: "welder", filters: { languages: ["vi", "ja"] }, page: 1, pageSize: 10 },
      { index, now },
    );
    expect(await usage()).toEqual({ minute: 2, day: 2 });
    // Another sort or filter is another search.
    await findCandidates(db, member, { query: "溶接", sort: "relevance" }, { index, now });
    await findCandidates(
      db,
      member,
      { query: "溶接", sort: "recent", filters: { languages: ["vi"] } },
      { index, now },
    );
    expect(await usage()).toEqual({ minute: 4, day: 4 });
    // After the window the same search counts again.
    now = new Date(now.getTime() + (SEARCH_RECOUNT_MINUTES + 1) * 60_000);
    await findCandidates(db, member, { query: "溶接", sort: "recent" }, { index, now });
    expect(await usage()).toEqual({ minute: 1, day: 5 });
  });

  it("a search refused for the quota is counted (and refused) again when retried, never run for free", async () => {
    const member = await payingCaller("standard");
    const now = new Date("2026-11-22T12:00:05Z");
    for (let i = 0; i < 20; i++)
      await findCandidates(db, member, { query: `cook ${i}` }, { index, now });
    await expect(
      findCandidates(db, member, { query: "baker" }, { index, now }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(
      findCandidates(db, member, { query: "baker" }, { index, now }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // A search already counted in the window still runs: paging on the same search is free.
    await expect(
      findCandidates(db, member, { query: "cook 3", page: 1 }, { index, now }),
    ).resolves.toMatchObject({ page: 1 });
  });

  it("says search is temporarily unavailable when Meilisearch cannot be reached", async () => {
    const { Meilisearch } = await import("meilisearch");
    const unreachable = new Meilisearch({
      host: "http://127.0.0.1:9",
      apiKey: "x".repeat(16),
    }).index<RedactedResume>("resumes");
    await expect(
      findCandidates(db, caller, { query: "" }, { index: unreachable }),
    ).rejects.toMatchObject({ code: "SEARCH_UNAVAILABLE" });
  });
});

describe("exclusions inside the search (R10)", () => {
  /** What a company sees of a search, apart from the page itself. */
  const counted = (result: Awaited<ReturnType<typeof findCandidates>>) => ({
    total: result.estimatedTotalHits,
    facets: result.facets,
    ids: result.candidates.map((c) => c.id).sort(),
  });

  it("a blocked company's totals and every facet equal those of the same search without the seeker; others still count them", async () => {
    const blocked = await payingCaller();
    const other = await payingCaller();
    // A small world of its own: "kamaboko" appears in no generated text.
    const peers = await Promise.all(
      Array.from({ length: 3 }, (_, i) =>
        createSeeker(db, {
          searchable: true,
          locale: (["en", "vi", "ja"] as const)[i],
          profile: { headline: `Kamaboko line worker ${i}`, desiredLocations: ["JP-13"] },
        }),
      ),
    );
    const seeker = await createSeeker(db, {
      searchable: true,
      locale: "vi",
      // Only this seeker wants Okinawa, and only this seeker mentions narazuke.
      profile: { headline: "Kamaboko and narazuke maker", desiredLocations: ["JP-47", "JP-13"] },
    });
    await drain();
    const searches = [
      { query: "kamaboko", pageSize: 50 },
      { query: "kamaboko", filters: { desiredLocations: ["JP-47" as const] } },
      { query: "narazuke" },
    ];
    const run = (who: Caller) =>
      Promise.all(searches.map((input) => search(input, who).then(counted)));

    // Before the block both companies count the seeker.
    const before = await run(blocked);
    expect(before[0]!.total).toBe(peers.length + 1);
    expect(before[0]!.facets.desiredLocations?.["JP-47"]).toBe(1);
    expect(before[2]!.total).toBe(1);

    await db.companyBlock.create({
      data: { profileId: seeker.profile.id, companyId: blocked.companyId },
    });
    await drain();
    const hidden = await run(blocked);
    const unblockedView = await run(other);
    expect(unblockedView).toEqual(before);

    // The baseline: the same searches with the seeker absent from the index.
    await db.seekerProfile.update({
      where: { id: seeker.profile.id },
      data: { visibility: "PRIVATE" },
    });
    await drain();
    const absent = await run(other);
    expect(hidden).toEqual(absent);
    expect(hidden[0]!.total).toBe(peers.length);
    expect(hidden[1]!.total).toBe(0);
    expect(hidden[2]!.total).toBe(0);
    expect(hidden.flatMap((r) => r.ids)).not.toContain(seeker.profile.searchKey);
    expect(hidden[0]!.facets.desiredLocations?.["JP-47"]).toBeUndefined();

    // Unblocked (and searchable again): counted again.
    await db.seekerProfile.update({
      where: { id: seeker.profile.id },
      data: { visibility: "SEARCHABLE" },
    });
    await db.companyBlock.deleteMany({ where: { profileId: seeker.profile.id } });
    await drain();
    expect(await run(blocked)).toEqual(before);
  }, 60_000);

  it("never sends the exclusion tokens to an employer, even when the index has them", async () => {
    const blocked = await payingCaller();
    const seeker = await createSeeker(db, {
      searchable: true,
      profile: { headline: "Tempura fryer specialist" },
    });
    await db.companyBlock.create({
      data: { profileId: seeker.profile.id, companyId: blocked.companyId },
    });
    await drain();
    const stored = await index.getDocument(seeker.profile.searchKey);
    expect(stored).toHaveProperty(EXCLUSION_ATTRIBUTE);
    const result = await search({ query: "tempura fryer" });
    const view = await getCandidate(db, caller, { candidateId: seeker.profile.searchKey });
    for (const shown of [
      ...result.candidates,
      view,
      await index.search("tempura fryer", { attributesToRetrieve: ["*"] }).then((r) => r.hits[0]),
    ]) {
      expect(shown).toBeDefined();
      expect(shown).not.toHaveProperty(EXCLUSION_ATTRIBUTE);
      expect(JSON.stringify(shown)).not.toContain(
        (stored as unknown as Record<string, string[]>)[EXCLUSION_ATTRIBUTE]![0]!,
      );
    }
  });
});

describe("concurrent changes interleaved with searches", () => {
  it("never returns a resume after the commit that took it out of search, and never a personal value", async () => {
    const seekers = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        createSeeker(db, {
          searchable: true,
          locale: (["en", "vi", "ja"] as const)[i % 3],
          profile: { headline: `Line cook specialist ${i}` },
        }),
      ),
    );
    await drain();
    // Half of them leave search for good, at a recorded commit time, in different ways.
    const leavers = seekers.slice(0, 8);
    const leftAt = new Map<string, number>();
    const ways = [
      (s: (typeof seekers)[number]) =>
        db.seekerProfile.update({ where: { id: s.profile.id }, data: { visibility: "PRIVATE" } }),
      (s: (typeof seekers)[number]) =>
        withdrawConsent(db, { userId: s.user.id, purpose: "SEARCHABLE_PROFILE" }),
      (s: (typeof seekers)[number]) =>
        db.user.update({ where: { id: s.user.id }, data: { processingRestrictedAt: new Date() } }),
      (s: (typeof seekers)[number]) =>
        db.companyBlock.create({ data: { profileId: s.profile.id, companyId: caller.companyId } }),
    ];
    const stayers = seekers.slice(8);

    let running = true;
    const worker = (async () => {
      while (running) {
        await processOutboxBatch(db, index, { limit: 3 });
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const churn = (async () => {
      for (let round = 0; round < 6; round++) {
        for (const s of stayers) {
          await db.seekerProfile.update({
            where: { id: s.profile.id },
            data: { summary: `Round ${round}: prep, grill, ${s.user.email}` },
          });
        }
      }
    })();
    const leave = (async () => {
      for (const [i, s] of leavers.entries()) {
        await ways[i % ways.length]!(s);
        leftAt.set(s.profile.searchKey, Date.now());
        await new Promise((r) => setTimeout(r, 15));
      }
    })();

    const violations: string[] = [];
    const searches = (async () => {
      for (let i = 0; i < 40; i++) {
        const startedAt = Date.now();
        const result = await search({ query: "line cook", pageSize: 50 });
        for (const candidate of result.candidates) {
          const left = leftAt.get(candidate.id);
          if (left !== undefined && left < startedAt)
            violations.push(`R1: ${candidate.id} returned after leaving search`);
          const text = JSON.stringify(candidate);
          for (const s of seekers) {
            if (text.includes(s.user.email)) violations.push("R2: an email reached a result");
          }
        }
      }
    })();

    await Promise.all([churn, leave, searches]);
    running = false;
    await worker;
    await drain();
    expect(violations).toEqual([]);

    // And the index converged to exactly what R1 allows.
    const hits = await index.search("line cook", {
      limit: 100,
      attributesToRetrieve: ["id", "summary"],
    });
    const inIndex = new Set(hits.hits.map((h) => String(h.id)));
    for (const s of stayers) expect(inIndex.has(s.profile.searchKey)).toBe(true);
    const blockedOnly = leavers
      .filter((_, i) => i % ways.length === 3)
      .map((s) => s.profile.searchKey);
    for (const s of leavers) {
      // A block hides the resume from one company; it stays in the index for the others.
      expect(inIndex.has(s.profile.searchKey)).toBe(blockedOnly.includes(s.profile.searchKey));
    }
    for (const hit of hits.hits) expect(String(hit.summary ?? "")).not.toMatch(/@/);
  }, 120_000);
});
