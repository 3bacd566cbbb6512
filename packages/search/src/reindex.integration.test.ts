import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import { createCompany, createSeeker } from "@tsunagu/db/testing";
import { indexName, resumeIndex, searchClient } from "./client";
import { callerExclusionTokens, EXCLUSION_ATTRIBUTE } from "./exclusions";
import { reindexResumes } from "./reindex";
import { verifyResumeIndex } from "./verify";

const db = createDb(process.env.DATABASE_URL!);

afterAll(async () => {
  await db.$disconnect();
});

describe("full reindex (real PostgreSQL and Meilisearch)", () => {
  it("rebuilds while the live index keeps answering, replays changes made meanwhile, and swaps", async () => {
    const seekers = await Promise.all(Array.from({ length: 12 }, () => createSeeker(db, { searchable: true })));
    await reindexResumes(db);
    const live = resumeIndex();
    expect((await live.search("", { limit: 1 })).estimatedTotalHits).toBeGreaterThanOrEqual(12);

    let searchesDuringReindex = 0;
    let reindexing = true;
    const searching = (async () => {
      while (reindexing) {
        await live.search("", { limit: 5 });
        searchesDuringReindex += 1;
      }
    })();
    const [gone, late] = [seekers[0]!, seekers[1]!];
    let changed = false;
    const result = await reindexResumes(db, {
      onProgress: async () => {
        if (changed) return;
        changed = true;
        // Changes committed while the new index is being built.
        await db.seekerProfile.update({ where: { id: gone.profile.id }, data: { visibility: "PRIVATE" } });
        await db.seekerProfile.update({ where: { id: late.profile.id }, data: { headline: "Changed during reindex" } });
      },
    });
    reindexing = false;
    await searching;

    expect(searchesDuringReindex).toBeGreaterThan(0);
    expect(result.replayed).toBeGreaterThanOrEqual(2);
    const report = await verifyResumeIndex(db);
    expect({ missing: report.missing, extra: report.extra, stale: report.stale }).toEqual({ missing: [], extra: [], stale: [] });
    await expect(live.getDocument(gone.profile.searchKey)).rejects.toThrow();
    expect((await live.getDocument(late.profile.searchKey)).headline).toBe("Changed during reindex");

    const { results } = await searchClient().getIndexes({ limit: 1000 });
    expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(`${indexName("resumes")}_build_`))).toEqual([]);
    const pending = await db.searchOutboxEvent.count({ where: { aggregateKind: "RESUME", processedAt: null } });
    expect(pending).toBe(0);
  }, 120_000);

  it("finds and repairs drift through the outbox", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    await reindexResumes(db);
    // Simulate drift: a document the database does not allow, and a missing one.
    await resumeIndex().addDocuments([{ ...(await resumeIndex().getDocument(seeker.profile.searchKey)), id: "00000000-0000-4000-8000-000000000000" }]).waitTask();
    await resumeIndex().deleteDocument(seeker.profile.searchKey).waitTask();

    const before = await verifyResumeIndex(db);
    expect(before.missing).toContain(seeker.profile.searchKey);
    expect(before.extra).toContain("00000000-0000-4000-8000-000000000000");
    await verifyResumeIndex(db, { repair: true });
    const after = await verifyResumeIndex(db);
    expect(after.missing.length + after.extra.length + after.stale.length).toBe(0);
  }, 120_000);

  it("writes exclusion tokens, never company ids, and verify reports a document whose tokens lag its block list", async () => {
    const { company } = await createCompany(db, { plan: "pro" });
    const seeker = await createSeeker(db, { searchable: true, currentEmployer: { id: company.id, name: company.name } });
    await reindexResumes(db);
    const document = await resumeIndex().getDocument(seeker.profile.searchKey);
    expect(document[EXCLUSION_ATTRIBUTE as never]).toEqual(callerExclusionTokens({ companyId: company.id }));
    expect(JSON.stringify(document)).not.toContain(company.id);
    expect((await verifyResumeIndex(db)).stale).toEqual([]);

    // The index still has the document from before the block: hidden by R4, counted by search.
    await resumeIndex().addDocuments([{ ...document, [EXCLUSION_ATTRIBUTE]: [] } as typeof document]).waitTask();
    expect((await verifyResumeIndex(db)).stale).toEqual([seeker.profile.searchKey]);
    await verifyResumeIndex(db, { repair: true });
    expect((await verifyResumeIndex(db)).stale).toEqual([]);
    expect((await resumeIndex().getDocument(seeker.profile.searchKey))[EXCLUSION_ATTRIBUTE as never]).toEqual(callerExclusionTokens({ companyId: company.id }));
  }, 120_000);
});
