import type { Db } from "@tsunagu/db";
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, type Index } from "meilisearch";
import { buildDocuments, writeDocuments, type AggregateKind } from "./documents";

/** The channel the outbox triggers notify, so a waiting worker wakes at once. */
export const OUTBOX_CHANNEL = "search_outbox";

/** Held shared by every batch and exclusively by a reindex while it swaps (see reindex.ts). */
export const REINDEX_LOCK_KEY = 7_411_001;

export interface OutboxBatchResult {
  claimed: number;
  upserted: number;
  deleted: number;
  failed: number;
  /** The batch failed because Meilisearch did not answer, not because of its documents. */
  unreachable: boolean;
}

/** How `last_error` starts for events that failed only because Meilisearch could not be reached. */
export const UNREACHABLE_ERROR_PREFIX = "Meilisearch unreachable: ";

/**
 * True when the request never got an answer from Meilisearch (down, restarting, a proxy in front
 * of it failing), so the error says nothing about the documents and retrying the moment the
 * server is back is right. Refused writes and failed tasks are not such errors.
 */
export function isMeilisearchUnreachable(error: unknown): boolean {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) return true;
  return error instanceof MeilisearchApiError && [502, 503, 504].includes(error.response.status);
}

interface ClaimedEvent {
  id: bigint;
  aggregate_id: string;
}

/**
 * Applies one batch of outbox events of one kind to its index (R3). Events are claimed with
 * SKIP LOCKED and coalesced per aggregate; each aggregate is locked for the batch (advisory
 * lock) so two workers never write an older state over a newer one; the document is
 * recomputed from the database through the privacy projection and sent as a full replace, or
 * deleted. Events are marked done only after Meilisearch confirms; on failure they stay pending
 * with the error and are retried with backoff.
 */
export async function processOutboxBatch<T extends object>(
  db: Db,
  index: Index<T>,
  options: { limit?: number; now?: () => Date; kind?: AggregateKind } = {},
): Promise<OutboxBatchResult> {
  const limit = options.limit ?? 500;
  const now = options.now ?? (() => new Date());
  const kind = options.kind ?? "RESUME";
  let claimed: ClaimedEvent[] = [];
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${REINDEX_LOCK_KEY})`;
        const events = await tx.$queryRaw<ClaimedEvent[]>`
          SELECT id, aggregate_id::text AS aggregate_id FROM search_outbox_events
          WHERE processed_at IS NULL AND available_at <= now() AND aggregate_kind = ${kind}::search_aggregate_kind
          ORDER BY id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED`;
        // Only aggregates this worker can lock exclusively; the rest stay pending for later.
        const keys = [...new Set(events.map((e) => e.aggregate_id))];
        const locked = keys.length
          ? (
              await tx.$queryRaw<{ key: string }[]>`
                SELECT key FROM unnest(${keys}::text[]) AS key
                WHERE pg_try_advisory_xact_lock(hashtextextended(key, 0))`
            ).map((r) => r.key)
          : [];
        const lockedSet = new Set(locked);
        claimed = events.filter((e) => lockedSet.has(e.aggregate_id));
        if (claimed.length === 0) return { claimed: 0, upserted: 0, deleted: 0, failed: 0, unreachable: false };

        const documents = await buildDocuments(tx, kind, locked, now());
        const written = await writeDocuments(index, documents);
        await tx.$executeRaw`
          UPDATE search_outbox_events SET processed_at = now(), last_error = NULL
          WHERE id = ANY(${claimed.map((e) => e.id)}::bigint[])`;
        return { claimed: claimed.length, ...written, failed: 0, unreachable: false };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (claimed.length === 0) throw error;
    // The claim rolled back with the transaction; record the failure so it stays visible and
    // is retried with backoff (2 s, 4 s, … 5 min). The message is Meilisearch's or the
    // driver's, never document content. An outage is marked as such: the worker makes those
    // events due again as soon as Meilisearch answers (makeUnreachableFailuresDue).
    const unreachable = isMeilisearchUnreachable(error);
    const detail = error instanceof Error ? error.message : String(error);
    const message = `${unreachable ? UNREACHABLE_ERROR_PREFIX : ""}${detail}`.slice(0, 500);
    await db.$executeRaw`
      UPDATE search_outbox_events
      SET attempts = attempts + 1, last_error = ${message},
          available_at = now() + least(power(2, attempts + 1), 300) * interval '1 second'
      WHERE id = ANY(${claimed.map((e) => e.id)}::bigint[]) AND processed_at IS NULL`;
    return { claimed: claimed.length, upserted: 0, deleted: 0, failed: claimed.length, unreachable };
  }
}

/**
 * After an outage: the events that failed only because Meilisearch was unreachable are due now
 * instead of after their backoff. Events refused for their content keep their backoff.
 */
export async function makeUnreachableFailuresDue(db: Db): Promise<number> {
  return db.$executeRaw`
    UPDATE search_outbox_events SET available_at = now()
    WHERE processed_at IS NULL AND available_at > now()
      AND starts_with(last_error, ${UNREACHABLE_ERROR_PREFIX})`;
}

/**
 * Processes batches until no due event of the kind is left; throws if Meilisearch refuses a
 * write, so callers (drift repair, tests) never mistake a failure for convergence.
 */
export async function drainOutbox<T extends object>(
  db: Db,
  index: Index<T>,
  options: { kind?: AggregateKind; limit?: number; now?: () => Date } = {},
): Promise<void> {
  for (;;) {
    const result = await processOutboxBatch(db, index, options);
    if (result.failed > 0) {
      throw new Error("Meilisearch refused the write; the outbox keeps the events for the worker");
    }
    if (result.claimed === 0) return;
  }
}
