import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Meilisearch, type Index } from "meilisearch";
import { createDb } from "@tsunagu/db";
import { createCompany, createSeeker, grantConsent, withdrawConsent } from "@tsunagu/db/testing";
import { startMeilisearch, type RunningMeilisearch } from "@tsunagu/local-services";
import type { RedactedResume } from "@tsunagu/privacy";
import { ensureIndex, indexName, resumeIndex, searchClient, TASK_WAIT } from "./client";
import { callerExclusionTokens, EXCLUSION_ATTRIBUTE } from "./exclusions";
import { drainOutbox, processOutboxBatch } from "./outbox-worker";
import { RESUME_INDEX_SETTINGS } from "./settings";

const db = createDb(process.env.DATABASE_URL!);
const name = `${indexName("resumes")}_outbox`;
let index: Index<RedactedResume>;

const drain = (target: Index<RedactedResume> = index) => drainOutbox(db, target);

async function documentOf(key: string, target: Index<RedactedResume> = index): Promise<RedactedResume | null> {
  try {
    return (await target.getDocument(key)) as RedactedResume;
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code === "document_not_found") return null;
    throw error;
  }
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

describe("search outbox (real PostgreSQL and Meilisearch)", () => {
  it("indexes a searchable resume in redacted form and nothing about the person", async () => {
    const seeker = await createSeeker(db, { searchable: true, locale: "vi" });
    await drain();
    const document = await documentOf(seeker.profile.searchKey);
    expect(document?.headline).toBeTruthy();
    // Words generated from vocabulary codes (language and place names) are the same for everyone;
    // a seeker called Anh who speaks English ("Tiếng Anh") leaks nothing there. So are taxonomy
    // concept labels.
    const { languageKeywords, desiredLocationNames, concepts, ...fromTheResume } = document!;
    expect(Array.isArray(concepts)).toBe(true);
    expect(languageKeywords.length + desiredLocationNames.length).toBeGreaterThan(0);
    const text = JSON.stringify(fromTheResume);
    for (const value of [seeker.user.email, seeker.profile.firstName, seeker.profile.lastName, seeker.profile.phone, seeker.profile.id, seeker.user.id]) {
      if (value) expect(text).not.toContain(value);
    }
  });

  it("keeps private resumes out and follows visibility both ways", async () => {
    const seeker = await createSeeker(db, { searchable: false });
    await grantConsent(db, { userId: seeker.user.id, purpose: "SEARCHABLE_PROFILE" });
    await drain();
    expect(await documentOf(seeker.profile.searchKey)).toBeNull();

    await db.seekerProfile.update({ where: { id: seeker.profile.id }, data: { visibility: "SEARCHABLE" } });
    await drain();
    expect(await documentOf(seeker.profile.searchKey)).not.toBeNull();

    await db.seekerProfile.update({ where: { id: seeker.profile.id }, data: { visibility: "PRIVATE" } });
    await drain();
    expect(await documentOf(seeker.profile.searchKey)).toBeNull();
  });

  it.each([
    ["consent withdrawn", (s: Seeker) => withdrawConsent(db, { userId: s.user.id, purpose: "SEARCHABLE_PROFILE" })],
    ["processing restricted", (s: Seeker) => db.user.update({ where: { id: s.user.id }, data: { processingRestrictedAt: new Date() } })],
    ["account suspended", (s: Seeker) => db.user.update({ where: { id: s.user.id }, data: { status: "SUSPENDED", suspendedAt: new Date() } })],
    ["account deleted", (s: Seeker) => db.user.delete({ where: { id: s.user.id } })],
  ])("removes the document when %s", async (_what, change) => {
    const seeker = await createSeeker(db, { searchable: true });
    await drain();
    expect(await documentOf(seeker.profile.searchKey)).not.toBeNull();
    await change(seeker);
    await drain();
    expect(await documentOf(seeker.profile.searchKey)).toBeNull();
  });

  it("replaces the whole document on a resume edit and writes no event for a rolled-back change", async () => {
    const seeker = await createSeeker(db, { searchable: true, locale: "en" });
    await drain();
    await db.skill.deleteMany({ where: { profileId: seeker.profile.id } });
    await db.seekerProfile.update({ where: { id: seeker.profile.id }, data: { headline: "Forklift operator" } });
    await drain();
    const document = await documentOf(seeker.profile.searchKey);
    expect(document?.headline).toBe("Forklift operator");
    expect(document?.skills).toEqual([]);

    const before = await db.searchOutboxEvent.count();
    await expect(
      db.$transaction(async (tx) => {
        await tx.seekerProfile.update({ where: { id: seeker.profile.id }, data: { visibility: "PRIVATE" } });
        throw new Error("abandoned");
      }),
    ).rejects.toThrow("abandoned");
    expect(await db.searchOutboxEvent.count()).toBe(before);
  });

  it("carries block-list changes to the document's exclusion tokens, never the company id (R3, R10)", async () => {
    const company = await createCompany(db, { plan: "pro" });
    const seeker = await createSeeker(db, { searchable: true });
    await drain();
    const tokensOf = async () => ((await documentOf(seeker.profile.searchKey)) as unknown as Record<string, unknown>)[EXCLUSION_ATTRIBUTE];
    expect(await tokensOf()).toEqual([]);

    await db.companyBlock.create({ data: { profileId: seeker.profile.id, companyId: company.company.id } });
    const events = await db.searchOutboxEvent.findMany({ where: { aggregateId: seeker.profile.searchKey, processedAt: null } });
    expect(events.map((e) => e.reason)).toContain("company_blocks.insert");
    await drain();
    expect(await tokensOf()).toEqual(callerExclusionTokens({ companyId: company.company.id }));
    expect(JSON.stringify(await documentOf(seeker.profile.searchKey))).not.toContain(company.company.id);

    await db.companyBlock.deleteMany({ where: { profileId: seeker.profile.id } });
    await drain();
    expect(await tokensOf()).toEqual([]);
  });
});

type Seeker = Awaited<ReturnType<typeof createSeeker>>;

describe("Meilisearch down (N6)", () => {
  let meili: RunningMeilisearch;
  let dataDir: string;
  let outageIndex: Index<RedactedResume>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "tsunagu-outage-"));
    meili = await startMeilisearch({ dataDir });
    const client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey, defaultWaitOptions: TASK_WAIT });
    await client.createIndex("resumes", { primaryKey: "id" }).waitTask();
    await client.index("resumes").updateSettings(RESUME_INDEX_SETTINGS).waitTask();
    outageIndex = client.index<RedactedResume>("resumes");
    await drain(outageIndex);
  }, 60_000);

  afterAll(async () => {
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("lets edits succeed, keeps the events with the error, and converges after restart", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    await drain(outageIndex);
    expect(await documentOf(seeker.profile.searchKey, outageIndex)).not.toBeNull();

    await meili.stop();
    await db.seekerProfile.update({ where: { id: seeker.profile.id }, data: { headline: "Quality inspector" } });
    await db.seekerProfile.update({ where: { id: seeker.profile.id }, data: { visibility: "PRIVATE" } });
    const result = await processOutboxBatch(db, outageIndex);
    expect(result.failed).toBeGreaterThan(0);
    const pending = await db.searchOutboxEvent.findMany({ where: { aggregateId: seeker.profile.searchKey, processedAt: null } });
    expect(pending.length).toBeGreaterThanOrEqual(2);
    expect(pending.every((e) => e.attempts === 1 && e.lastError && e.availableAt > new Date())).toBe(true);

    await meili.restart();
    // Skip the backoff wait instead of sleeping in a test.
    await db.searchOutboxEvent.updateMany({ where: { processedAt: null }, data: { availableAt: new Date(0) } });
    await drain(outageIndex);
    expect(await documentOf(seeker.profile.searchKey, outageIndex)).toBeNull();
  }, 60_000);
});
