import type { Db } from "@tsunagu/db";
import type { EnqueuedTask } from "meilisearch";
import { ensureIndex, indexName, resumeIndex, searchClient, TASK_WAIT } from "./client";
import { buildDocuments, writeDocuments } from "./documents";
import { exclusionTokenizer } from "./exclusions";
import { REINDEX_LOCK_KEY } from "./outbox-worker";
import { toResumeSearchDocument, type ResumeSearchDocument } from "./resume-document";
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
  /** Reading and redacting the snapshot, with Meilisearch indexing in parallel. */
  scanSeconds: number;
  /** Waiting for Meilisearch to finish indexing after the scan. */
  indexingTailSeconds: number;
}

const PAGE_SIZE = 2000;
// Events the snapshot could not see come from transactions running at, or started after, the
// snapshot; looking an hour back bounds the scan and covers any transaction this app runs.
const LONGEST_TRANSACTION = "1 hour";

async function checked(task: Promise<{ status: string; error?: { message?: string } | null }>) {
  const result = await task;
  if (result.status !== "succeeded") throw new Error(`Meilisearch task ${result.status}: ${result.error?.message ?? ""}`);
}

/**
 * Swaps two indexes and resolves once the swap is in force. A swap task names no index, and
 * Meilisearch shows such tasks only to keys valid for every index, so the indexer's key (scoped
 * to MEILI_INDEX_PREFIX) cannot wait for the task. An index's creation time moves with its
 * documents in a swap, and that key can read it.
 */
async function swapIndexes(live: string, fresh: string): Promise<void> {
  const meili = searchClient();
  const { createdAt } = await meili.index(fresh).getRawInfo();
  const { taskUid } = await meili.swapIndexes([{ indexes: [live, fresh], rename: false }]);
  const deadline = Date.now() + TASK_WAIT.timeout;
  while ((await meili.index(live).getRawInfo()).createdAt !== createdAt) {
    if (Date.now() > deadline) throw new Error(`Index swap (task ${taskUid}) not in force after ${TASK_WAIT.timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, TASK_WAIT.interval));
  }
}

/**
 * Builds a fresh resume index from one consistent database snapshot while the live index keeps
 * answering, replays exactly the outbox events that snapshot could not see, swaps the two
 * atomically and drops the old one (N3).
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

  const tokenize = exclusionTokenizer();
  let scanned = 0;
  let indexed = 0;
  const enqueued: EnqueuedTask[] = [];
  // One REPEATABLE READ transaction: every page comes from the same snapshot, so what changed
  // during the scan is exactly what the snapshot cannot see.
  const snapshot = await db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ snapshot: string; total: bigint }[]>`
        SELECT pg_current_snapshot()::text AS snapshot, (SELECT count(*) FROM seeker_profiles) AS total`;
      const total = Number(row!.total);
      let after: string | null = null;
      // PostgreSQL reads the next page while this process redacts the current one.
      let nextPage = loadResumePage(tx, after, PAGE_SIZE);
      for (;;) {
        const page = await nextPage;
        if (page.length === 0) break;
        after = page[page.length - 1]!.profileId;
        nextPage = loadResumePage(tx, after, PAGE_SIZE);
        const asOf = now();
        const documents = page.map((r) => toResumeSearchDocument(r, asOf, tokenize)).filter((d): d is ResumeSearchDocument => d !== null);
        scanned += page.length;
        indexed += documents.length;
        // Enqueue without waiting: Meilisearch indexes one batch while the next page is read.
        if (documents.length) enqueued.push(await resumeIndex(fresh).addDocuments(documents));
        options.onProgress?.({ done: scanned, total, indexed });
      }
      return row!.snapshot;
    },
    { isolationLevel: "RepeatableRead", timeout: 30 * 60_000, maxWait: 60_000 },
  );
  const scannedAt = performance.now();
  for (const task of await meili.tasks.waitForTasks(enqueued, { timeout: 30 * 60_000 })) {
    await checked(Promise.resolve(task));
  }

  const indexedAt = performance.now();
  let replayed = 0;
  await db.$transaction(
    async (tx) => {
      // Waits for running outbox batches and holds new ones off until the swap is done, so no
      // change lands on the old index after its replay here.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REINDEX_LOCK_KEY})`;
      const rows = await tx.$queryRaw<{ id: bigint; key: string }[]>`
        SELECT id, aggregate_id::text AS key FROM search_outbox_events
        WHERE aggregate_kind = 'RESUME'
          AND created_at >= now() - ${LONGEST_TRANSACTION}::interval
          AND NOT pg_visible_in_snapshot(xid, ${snapshot}::pg_snapshot)`;
      const keys = [...new Set(rows.map((r) => r.key))];
      await writeDocuments(resumeIndex(fresh), await buildDocuments(tx, "RESUME", keys, now()));
      replayed = keys.length;
      await swapIndexes(live, fresh);
      // The new index already reflects these events: the replayed ones, and the ones the
      // snapshot saw. Leaving them pending would make the worker redo them all.
      await tx.$executeRaw`
        UPDATE search_outbox_events SET processed_at = now(), last_error = NULL
        WHERE aggregate_kind = 'RESUME' AND processed_at IS NULL
          AND (id = ANY(${rows.map((r) => r.id)}::bigint[]) OR pg_visible_in_snapshot(xid, ${snapshot}::pg_snapshot))`;
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
  // After the swap `fresh` holds the old documents.
  await checked(meili.deleteIndex(fresh).waitTask());
  return {
    scanned,
    indexed,
    replayed,
    seconds: (performance.now() - started) / 1000,
    scanSeconds: (scannedAt - started) / 1000,
    indexingTailSeconds: (indexedAt - scannedAt) / 1000,
  };
}
