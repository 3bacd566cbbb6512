import { toSearchDocument, type RedactedResume } from "@tsunagu/privacy";
import type { Db } from "@tsunagu/db";
import type { EnqueuedTask } from "meilisearch";
import { ensureIndex, indexName, resumeIndex, searchClient } from "./client";
import { REINDEX_LOCK_KEY } from "./outbox-worker";
import { buildDocuments, writeDocuments } from "./documents";
import { loadResumePage } from "./resume-source";

export interface ReindexProgress {
  done: number;
  total: number;
  indexed: number;
}

export interface ReindexResult {
  scanned: number;
  indexed: number;
  replayed: number;
  seconds: number;
}

const PAGE_SIZE = 2000;
// Outbox ids are taken at insert and committed later, so "events after the snapshot" is decided
// by time with a margin no transaction here comes near, not by id.
const REPLAY_MARGIN = "1 minute";

async function checked(task: Promise<{ status: string; error?: { message?: string } | null }>) {
  const result = await task;
  if (result.status !== "succeeded") throw new Error(`Meilisearch task ${result.status}: ${result.error?.message ?? ""}`);
}

/**
 * Builds a fresh resume index from a database snapshot while the live one keeps answering,
 * replays what changed meanwhile, swaps the two atomically and drops the old one (N3).
 */
export async function reindexResumes(
  db: Db,
  options: { onProgress?: (progress: ReindexProgress) => void; now?: () => Date } = {},
): Promise<ReindexResult> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const live = indexName("resumes");
  const fresh = `${live}_build_${Date.now()}`;
  const meili = searchClient();

  await ensureIndex("resumes", live);
  await ensureIndex("resumes", fresh);
  const [{ startedAt } = { startedAt: new Date() }] = await db.$queryRaw<{ startedAt: Date }[]>`SELECT now() AS "startedAt"`;
  const total = await db.seekerProfile.count();

  let scanned = 0;
  let indexed = 0;
  let after: string | null = null;
  const enqueued: EnqueuedTask[] = [];
  // PostgreSQL reads the next page while this process redacts the current one.
  let nextPage = loadResumePage(db, after, PAGE_SIZE);
  for (;;) {
    const page = await nextPage;
    if (page.length === 0) break;
    after = page[page.length - 1]!.profileId;
    nextPage = loadResumePage(db, after, PAGE_SIZE);
    const asOf = now();
    const documents = page.map((r) => toSearchDocument(r, asOf)).filter((d): d is RedactedResume => d !== null);
    scanned += page.length;
    indexed += documents.length;
    if (documents.length) {
      // Enqueue without waiting: Meilisearch indexes one batch while the next page is read.
      enqueued.push(await resumeIndex(fresh).addDocuments(documents));
    }
    options.onProgress?.({ done: scanned, total, indexed });
  }
  for (const task of await meili.tasks.waitForTasks(enqueued, { timeout: 600_000 })) {
    await checked(Promise.resolve(task));
  }

  let replayed = 0;
  await db.$transaction(
    async (tx) => {
      // Waits for running outbox batches and holds new ones off until the swap is done, so no
      // change lands on the old index after its replay here.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REINDEX_LOCK_KEY})`;
      const rows = await tx.$queryRaw<{ id: bigint; key: string }[]>`
        SELECT id, aggregate_id::text AS key FROM search_outbox_events
        WHERE aggregate_kind = 'RESUME' AND created_at >= ${startedAt}::timestamptz - ${REPLAY_MARGIN}::interval`;
      const keys = [...new Set(rows.map((r) => r.key))];
      await writeDocuments(resumeIndex(fresh), await buildDocuments(tx, "RESUME", keys, now()));
      replayed = keys.length;
      await checked(meili.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask({ timeout: 60_000 }));
      // The new index already reflects these events: the replayed ones, and the older ones the
      // snapshot read. Leaving them pending would make the worker redo the whole database.
      const replayedIds = rows.map((r) => r.id);
      await tx.$executeRaw`
        UPDATE search_outbox_events SET processed_at = now(), last_error = NULL
        WHERE aggregate_kind = 'RESUME' AND processed_at IS NULL
          AND (id = ANY(${replayedIds}::bigint[]) OR created_at < ${startedAt}::timestamptz - ${REPLAY_MARGIN}::interval)`;
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  // After the swap `fresh` holds the old documents.
  await checked(meili.deleteIndex(fresh).waitTask({ timeout: 60_000 }));
  return { scanned, indexed, replayed, seconds: (performance.now() - started) / 1000 };
}
