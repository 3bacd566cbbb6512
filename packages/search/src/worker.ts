import { createDb } from "@tsunagu/db";
import pg from "pg";
import { ensureIndex, jobIndex, resumeIndex } from "./client";
import { OUTBOX_CHANNEL, processOutboxBatch, type OutboxBatchResult } from "./outbox-worker";

export interface SearchWorkerOptions {
  databaseUrl: string;
  signal: AbortSignal;
  /** How often to look for due events when no notification arrives (retries, missed NOTIFY). */
  pollIntervalMs?: number;
  batchSize?: number;
  onBatch?: (result: OutboxBatchResult) => void;
  onError?: (error: unknown) => void;
}

/**
 * Keeps the search index in step with the outbox: LISTEN/NOTIFY wakes it within milliseconds of
 * a commit, polling covers retries and lost notifications. Runs until the signal aborts.
 */
export async function runSearchWorker(options: SearchWorkerOptions): Promise<void> {
  const { databaseUrl, signal, pollIntervalMs = 1000, batchSize = 500 } = options;
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
      notified = false;
      try {
        if (!indexReady) {
          await Promise.all([ensureIndex("resumes"), ensureIndex("jobs")]);
          indexReady = true;
        }
        // Resumes first: their removals are the privacy-critical writes (N2).
        const resumes = await processOutboxBatch(db, resumeIndex(), { limit: batchSize, kind: "RESUME" });
        const jobs = await processOutboxBatch(db, jobIndex(), { limit: batchSize, kind: "JOB" });
        for (const result of [resumes, jobs]) if (result.claimed > 0) options.onBatch?.(result);
        busy = [resumes, jobs].some((r) => r.claimed === batchSize && r.failed === 0);
        failures = resumes.failed + jobs.failed > 0 ? failures + 1 : 0;
      } catch (error) {
        failures += 1;
        options.onError?.(error);
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
