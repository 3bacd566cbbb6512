/**
 * The worker against a Meilisearch of its own that the test stops and starts again (the run's
 * shared server must stay up for the other test files).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { startMeilisearch, type RunningMeilisearch } from "@tsunagu/local-services";
import type * as SearchPackage from "./index";

const db = createDb(process.env.DATABASE_URL!);
const prefix = `${process.env.MEILI_INDEX_PREFIX}outage_`;
let meili: RunningMeilisearch;
let dataDir: string;
// Loaded after MEILI_URL points at this file's server: the search client reads it once.
let search: typeof SearchPackage;

async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function pendingEvents(keys: string[]) {
  return db.searchOutboxEvent.findMany({ where: { aggregateId: { in: keys }, processedAt: null } });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "worker-outage-"));
  meili = await startMeilisearch({ dataDir });
  Object.assign(process.env, {
    MEILI_URL: meili.url,
    MEILI_API_KEY: meili.masterKey,
    MEILI_INDEX_PREFIX: prefix,
  });
  search = await import("./index");
  await search.ensureIndex("resumes");
});

afterEach(async () => {
  // Nothing this file left failing may be picked up by the next file in this worker.
  await db.searchOutboxEvent.updateMany({
    where: { processedAt: null },
    data: { processedAt: new Date() },
  });
});

afterAll(async () => {
  await meili.stop();
  await rm(dataDir, { recursive: true, force: true });
  await db.$disconnect();
});

describe("outbox events that fail during a Meilisearch outage", () => {
  it("are marked as such and made due when it is back, while refused documents keep their backoff", async () => {
    const {
      processOutboxBatch,
      makeUnreachableFailuresDue,
      resumeIndex,
      searchClient,
      UNREACHABLE_ERROR_PREFIX,
    } = search;
    await search.drainOutbox(db, resumeIndex());
    // An index whose primary key the documents lack: Meilisearch refuses every one of them.
    const refusing = `${prefix}refusing`;
    await searchClient().createIndex(refusing, { primaryKey: "uid" }).waitTask();
    const refused = await createSeeker(db, { searchable: true });
    expect(await processOutboxBatch(db, resumeIndex(refusing), { kind: "RESUME" })).toMatchObject({
      unreachable: false,
    });
    const refusedEvents = await pendingEvents([refused.profile.searchKey]);
    expect(refusedEvents.length).toBeGreaterThan(0);
    expect(
      refusedEvents.every(
        (e) => e.attempts === 1 && !e.lastError?.startsWith(UNREACHABLE_ERROR_PREFIX),
      ),
    ).toBe(true);

    await meili.stop();
    const missed = await createSeeker(db, { searchable: true });
    const result = await processOutboxBatch(db, resumeIndex(), { kind: "RESUME" });
    expect(result).toMatchObject({ unreachable: true, failed: result.claimed });
    const missedEvents = await pendingEvents([missed.profile.searchKey]);
    expect(missedEvents.length).toBe(result.claimed);
    for (const event of missedEvents) {
      expect(event).toMatchObject({
        attempts: 1,
        lastError: expect.stringMatching(/^Meilisearch unreachable: /),
      });
      expect(event.availableAt.getTime()).toBeGreaterThan(Date.now());
    }

    await meili.restart();
    expect(await makeUnreachableFailuresDue(db)).toBe(missedEvents.length);
    for (const event of await pendingEvents([missed.profile.searchKey])) {
      expect(event.availableAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
    // Refused for their content: untouched, still on backoff (and not claimed during the outage).
    expect(await pendingEvents([refused.profile.searchKey])).toEqual(refusedEvents);
  }, 60_000);
});

describe("the search worker", () => {
  // How fast is for `pnpm bench` (N6) to measure on a quiet machine, not for a timed test on a
  // shared one: here it converges by itself (within the 10 s the probe waits) and reports the
  // outage once. The test above shows why it no longer waits for backoff.
  it("converges after Meilisearch comes back from an outage, without a retry storm", async () => {
    const { runSearchWorker, resumeIndex } = search;
    const controller = new AbortController();
    const notices: string[] = [];
    const worker = runSearchWorker({
      databaseUrl: process.env.DATABASE_URL!,
      signal: controller.signal,
      onSearchUnreachable: () => notices.push("unreachable"),
      onSearchRecovered: ({ madeDue }) => notices.push(`recovered, ${madeDue} due`),
    });
    try {
      const index = resumeIndex();
      const present = (key: string) =>
        index.getDocument(key).then(
          () => true,
          () => false,
        );
      const [hidden, edited] = await Promise.all([
        createSeeker(db, { searchable: true }),
        createSeeker(db, { searchable: true }),
      ]);
      await eventually(
        async () =>
          ((await present(hidden.profile.searchKey)) &&
            (await present(edited.profile.searchKey))) ||
          undefined,
        15_000,
        "indexed before the outage",
      );

      await meili.stop();
      const outageStarted = performance.now();
      await db.seekerProfile.update({
        where: { id: hidden.profile.id },
        data: { visibility: "PRIVATE" },
      });
      await db.seekerProfile.update({
        where: { id: edited.profile.id },
        data: { headline: "Welding inspector" },
      });
      const added = await createSeeker(db, { searchable: true });
      const keys = [hidden, edited, added].map((s) => s.profile.searchKey);
      // The worker tried, failed and put the events on backoff, as it would in production.
      await eventually(
        async () => ((await pendingEvents(keys)).some((e) => e.attempts > 0) ? true : undefined),
        10_000,
        "a failed attempt during the outage",
      );
      while (performance.now() - outageStarted < 3_000)
        await new Promise((resolve) => setTimeout(resolve, 100));

      await meili.restart();
      const restarted = performance.now();
      await eventually(
        async () => {
          const [gone, edit, add] = await Promise.all([
            present(hidden.profile.searchKey),
            index.getDocument(edited.profile.searchKey, { fields: ["headline"] }),
            present(added.profile.searchKey),
          ]);
          return !gone && edit.headline === "Welding inspector" && add ? true : undefined;
        },
        10_000,
        "convergence after the outage",
      );
      const convergedMs = performance.now() - restarted;
      const outageMs = restarted - outageStarted;
      console.info(
        `index converged ${Math.round(convergedMs)} ms after Meilisearch came back ` +
          `(outage ${(outageMs / 1000).toFixed(1)} s, load average ${loadavg()
            .map((l) => l.toFixed(2))
            .join(" ")})`,
      );
      // Once per outage: no retry storm while it lasts.
      expect(notices).toEqual(["unreachable", expect.stringMatching(/^recovered, \d+ due$/)]);
    } finally {
      controller.abort();
      await worker;
    }
  }, 60_000);
});
