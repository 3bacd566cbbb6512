import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Meilisearch } from "meilisearch";
import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import {
  ensureIndex,
  indexName,
  jobIndex,
  processOutboxBatch,
  resumeIndex,
  searchClient,
} from "@tsunagu/search";
import { getIndexHealth } from "./index-health";

const db = createDb(process.env.DATABASE_URL!);
const resumes = resumeIndex(`${indexName("resumes")}_health`);
const jobs = jobIndex(`${indexName("jobs")}_health`);
const indexes = { resumeIndex: resumes, jobIndex: jobs } as unknown as Parameters<
  typeof getIndexHealth
>[1];

async function drain() {
  for (;;) {
    const result = await processOutboxBatch(db, resumes);
    if (result.claimed === 0) return;
  }
}

beforeAll(async () => {
  await Promise.all([ensureIndex("resumes", resumes.uid), ensureIndex("jobs", jobs.uid)]);
});

afterAll(async () => {
  await Promise.all([
    searchClient().deleteIndex(resumes.uid).waitTask(),
    searchClient().deleteIndex(jobs.uid).waitTask(),
  ]);
  await db.$disconnect();
});

describe("getIndexHealth", () => {
  it("compares the database's searchable set with the index and reports the outbox", async () => {
    const before = await getIndexHealth(db, indexes);
    await createSeeker(db, { searchable: true });
    await createSeeker(db, { searchable: false });
    const pending = await getIndexHealth(db, indexes);
    expect(pending.resumes.searchableInDatabase).toBe(before.resumes.searchableInDatabase + 1);
    expect(pending.outbox.pending).toBeGreaterThan(0);
    expect(pending.outbox.oldestPendingAgeSeconds).not.toBeNull();

    await drain();
    const drained = await getIndexHealth(db, indexes);
    expect(drained.searchAvailable).toBe(true);
    expect(drained.resumes.documentsInIndex).toBe(drained.resumes.searchableInDatabase);
    expect(drained.outbox).toEqual({ pending: 0, failing: 0, oldestPendingAgeSeconds: null });
  });

  it("shows failing events, and answers with null counts while Meilisearch is down", async () => {
    const down = new Meilisearch({ host: "http://127.0.0.1:9", apiKey: "x".repeat(16) }).index(
      "resumes",
    );
    await createSeeker(db, { searchable: true });
    await processOutboxBatch(db, down);
    const health = await getIndexHealth(db, { resumeIndex: down, jobIndex: down });
    expect(health.searchAvailable).toBe(false);
    expect(health.resumes.documentsInIndex).toBeNull();
    expect(health.outbox.failing).toBeGreaterThan(0);
  });
});
