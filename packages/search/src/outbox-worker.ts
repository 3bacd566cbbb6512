import { toSearchDocument, type RedactedResume } from "@tsunagu/privacy";
import type { Db } from "@tsunagu/db";
import type { Index } from "meilisearch";
import { loadResumesBySearchKey } from "./resume-source";

/** The channel the outbox triggers notify, so a waiting worker wakes at once. */
export const OUTBOX_CHANNEL = "search_outbox";

/** Held shared by every batch and exclusively by a reindex while it swaps (see reindex.ts). */
export const REINDEX_LOCK_KEY = 7_411_001;

export interface OutboxBatchResult {
  claimed: number;
  upserted: number;
  deleted: number;
  failed: number;
}

interface ClaimedEvent {
  id: bigint;
  aggregate_kind: "RESUME" | "JOB";
  aggregate_id: string;
}

async function awaitTask(promise: { waitTask: (o?: { timeout?: number }) => Promise<{ status: string; error?: { message?: string } | null }> }) {
  const task = await promise.waitTask();
  if (task.status !== "succeeded") throw new Error(`Meilisearch task ${task.status}: ${task.error?.message ?? "no detail"}`);
}

/**
 * Applies one batch of outbox events to the index (R3). Events are claimed with SKIP LOCKED and
 * coalesced per resume; each resume is locked for the batch (advisory lock) so two workers never
 * write an older state over a newer one; the document is recomputed from the database through
 * the privacy projection and sent as a full replace, or deleted. The events are marked done
 * only after Meilisearch confirms the task; on failure they are retried later with backoff.
 */
export async function processOutboxBatch(
  db: Db,
  index: Index<RedactedResume>,
  options: { limit?: number; now?: () => Date } = {},
): Promise<OutboxBatchResult> {
  const limit = options.limit ?? 500;
  const now = options.now ?? (() => new Date());
  let claimedEvents: ClaimedEvent[] = [];
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${REINDEX_LOCK_KEY})`;
        const events = await tx.$queryRaw<ClaimedEvent[]>`
          SELECT e.id, e.aggregate_kind, e.aggregate_id::text AS aggregate_id
          FROM search_outbox_events e
          WHERE e.processed_at IS NULL AND e.available_at <= now() AND e.aggregate_kind = 'RESUME'
          ORDER BY e.id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED`;
        // Only aggregates this worker can lock exclusively; the rest stay pending for later.
        const keys = [...new Set(events.map((e) => e.aggregate_id))];
        const locked = new Set<string>();
        for (const key of keys) {
          const [row] = await tx.$queryRaw<{ ok: boolean }[]>`
            SELECT pg_try_advisory_xact_lock(hashtextextended(${key}, 0)) AS ok`;
          if (row?.ok) locked.add(key);
        }
        claimedEvents = events.filter((e) => locked.has(e.aggregate_id));
        if (claimedEvents.length === 0) return { claimed: 0, upserted: 0, deleted: 0, failed: 0 };

        const resumes = await loadResumesBySearchKey(tx, [...locked]);
        const asOf = now();
        const upserts: RedactedResume[] = [];
        const deletions: string[] = [];
        for (const key of locked) {
          const resume = resumes.get(key);
          const document = resume ? toSearchDocument(resume, asOf) : null;
          if (document) upserts.push(document);
          else deletions.push(key);
        }
        if (upserts.length) await awaitTask(index.addDocuments(upserts));
        if (deletions.length) await awaitTask(index.deleteDocuments(deletions));

        const ids = claimedEvents.map((e) => e.id);
        await tx.$executeRaw`
          UPDATE search_outbox_events SET processed_at = now(), last_error = NULL
          WHERE id = ANY(${ids}::bigint[])`;
        return { claimed: claimedEvents.length, upserted: upserts.length, deleted: deletions.length, failed: 0 };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (claimedEvents.length === 0) throw error;
    // The claim rolled back with the transaction; record the failure so it stays visible and
    // is retried with backoff (2 s, 4 s, … 5 min). The message is Meilisearch's or the
    // driver's, never document content.
    const message = error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500);
    const ids = claimedEvents.map((e) => e.id);
    await db.$executeRaw`
      UPDATE search_outbox_events
      SET attempts = attempts + 1, last_error = ${message},
          available_at = now() + least(power(2, attempts + 1), 300) * interval '1 second'
      WHERE id = ANY(${ids}::bigint[]) AND processed_at IS NULL`;
    return { claimed: claimedEvents.length, upserted: 0, deleted: 0, failed: claimedEvents.length };
  }
}
