import { createDb } from "@tsunagu/db";
import pg from "pg";
import { ensureIndex, jobIndex, resumeIndex } from "./client";
import { searchEnv } from "./env";
import {
  isMeilisearchUnreachable,
  makeUnreachableFailuresDue,
  OUTBOX_CHANNEL,
  processOutboxBatch,
  type OutboxBatchResult,
} from "./outbox-worker";

export interface SearchWorkerOptions {
  databaseUrl: string;
  signal: AbortSignal;
  /** How often to look for due events when no notification arrives (retries, missed NOTIFY). */
  pollIntervalMs?: number;
  /** While Meilisearch is unreachable, how often to ask its `/health` whether it is back. */
  healthProbeIntervalMs?: number;
  batchSize?: number;
  onBatch?: (result: OutboxBatchResult) => void;
  onError?: (error: unknown) => void;
  /** Meilisearch stopped answering; the worker waits for it instead of retrying with backoff. */
  onSearchUnreachable?: (error: unknown) => void;
  /** Meilisearch answers again; `madeDue` events that failed during the outage are retried now. */
  onSearchRecovered?: (outage: { downForMs: number; madeDue: number }) => void;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });

async function answersHealth(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Waits until Meilisearch answers `/health` (unauthenticated, and cheap for both sides), probing
 * every `intervalMs`. `wasDown` is false when it answered at once.
 */
async function waitUntilReachable(
  url: string,
  intervalMs: number,
  signal: AbortSignal,
): Promise<{ wasDown: boolean; downForMs: number }> {
  const started = performance.now();
  let wasDown = false;
  while (!signal.aborted && !(await answersHealth(url))) {
    wasDown = true;
    await sleep(intervalMs, signal);
  }
  return { wasDown, downForMs: performance.now() - started };
}

/**
 * Keeps the search index in step with the outbox: LISTEN/NOTIFY wakes it within milliseconds of
 * a commit, polling covers retries and lost notifications. When Meilisearch stops answering, it
 * probes `/health` and, the moment Meilisearch is back, makes the events that failed meanwhile
 * due and applies them, so the index converges within a probe interval of the recovery; other
 * failures are retried with backoff. Runs until the signal aborts.
 */
export async function runSearchWorker(options: SearchWorkerOptions): Promise<void> {
  const { databaseUrl, signal, pollIntervalMs = 1000, healthProbeIntervalMs = 300, batchSize = 500 } = options;
  const meiliUrl = searchEnv().MEILI_URL;
  const db = createDb(databaseUrl);
  const listener = new pg.Client({ connectionString: databaseUrl });
  let wake: (() => void) | undefined;
  // Set by a notification that arrives while a batch runs, so it is not slept through.
  let notified = false;
  const nudge = () => {
    notified = true;
    wake?.();
  };
  listener.on("notification", nudge);
  // A lost listener connection only costs latency: polling carries on.
  listener.on("error", (error) => options.onError?.(error));
  signal.addEventListener("abort", nudge);

  try {
    await listener.connect();
    await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    let indexReady = false;
    let failures = 0;
    while (!signal.aborted) {
      let busy = false;
      let unreachable: unknown = null;
      notified = false;
      try {
        if (!indexReady) {
          await Promise.all([ensureIndex("resumes"), ensureIndex("jobs")]);
          indexReady = true;
        }
        // Resumes first: their removals are the privacy-critical writes (N2).
        const resumes = await processOutboxBatch(db, resumeIndex(), { limit: batchSize, kind: "RESUME" });
        const jobs = resumes.unreachable
          ? null
          : await processOutboxBatch(db, jobIndex(), { limit: batchSize, kind: "JOB" });
        const results = jobs ? [resumes, jobs] : [resumes];
        for (const result of results) if (result.claimed > 0) options.onBatch?.(result);
        if (results.some((r) => r.unreachable)) unreachable = new Error("Meilisearch did not answer a write");
        busy = results.some((r) => r.claimed === batchSize && r.failed === 0);
        failures = results.some((r) => r.failed > 0) ? failures + 1 : 0;
      } catch (error) {
        failures += 1;
        if (isMeilisearchUnreachable(error)) unreachable = error;
        else options.onError?.(error);
      }
      if (unreachable && !signal.aborted) {
        options.onSearchUnreachable?.(unreachable);
        const outage = await waitUntilReachable(meiliUrl, healthProbeIntervalMs, signal);
        if (outage.wasDown) {
          const madeDue = await makeUnreachableFailuresDue(db);
          options.onSearchRecovered?.({ downForMs: outage.downForMs, madeDue });
          failures = 0;
          continue;
        }
        // It answers /health, yet writes fail as if it did not: back off as for any failure.
      }
      if (busy || signal.aborted || (notified && failures === 0)) continue;
      const delay = failures > 0 ? Math.min(pollIntervalMs * 2 ** failures, 30_000) : pollIntervalMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  } finally {
    signal.removeEventListener("abort", nudge);
    await listener.end().catch(() => undefined);
    await db.$disconnect();
  }
}
