import PgBoss from "pg-boss";

/**
 * Background work on the project's own PostgreSQL (pg-boss), in a schema of its own so the
 * Prisma schema and its migrations never see the queue's tables. A job is defined once
 * (name, handler, optional cron schedule) and the same definition is used to start workers and
 * to send it, so a job's name and data shape cannot drift apart between sender and worker.
 *
 * Handlers must be idempotent: pg-boss delivers at least once (a worker stopped mid-job, a
 * retry after a failure), so a job may run twice.
 */
export interface QueueJob<Data extends object = Record<string, never>> {
  /** The queue's name: letters, digits, `-`, `_`, `.` and `/`. */
  name: string;
  /** Does the work; a throw fails the attempt and pg-boss retries it up to `retryLimit` times. */
  run(data: Data): Promise<void>;
  /** Sent by pg-boss's own scheduler on this cron expression (UTC), with `data`. */
  schedule?: { cron: string; data: Data };
  /** Attempts after the first, with exponential backoff. Default 3. */
  retryLimit?: number;
  /** How long one attempt may take before pg-boss gives it to another worker. Default 15 min. */
  expireInSeconds?: number;
  /** How many jobs of this queue one worker runs at once. Default 1. */
  concurrency?: number;
}

/** A job of any data type, as a list of jobs holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each job checks its own data
export type AnyQueueJob = QueueJob<any>;

/** Declares a job with its data type (the identity function, for inference). */
export function defineJob<Data extends object>(job: QueueJob<Data>): QueueJob<Data> {
  return job;
}

export interface JobQueue {
  /**
   * Queues one job. With `singletonKey`, a job with the same key that is still queued or
   * running makes this a no-op (returns null): fan-outs may repeat without doubling work.
   */
  send<Data extends object>(
    job: QueueJob<Data>,
    data: Data,
    options?: { singletonKey?: string; startAfterSeconds?: number },
  ): Promise<string | null>;
  /** Stops taking jobs, waits for the running ones (up to `timeoutMs`), closes the pool. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

export interface StartJobQueueOptions {
  databaseUrl: string;
  /** The PostgreSQL schema pg-boss creates and migrates. Default `job_queue`. */
  schema?: string;
  /** Every job this process may send; queues and schedules are created for each. */
  jobs: readonly AnyQueueJob[];
  /** Run the jobs' handlers here (a worker). False: only send (an app server). Default true. */
  work?: boolean;
  /** Queue-level failures (a lost connection, a failed attempt). Never given job data. */
  onError?: (error: Error) => void;
}

export const DEFAULT_QUEUE_SCHEMA = "job_queue";

/** Starts pg-boss (installing or migrating its schema on first start) and the jobs' workers. */
export async function startJobQueue(options: StartJobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: options.schema ?? DEFAULT_QUEUE_SCHEMA,
    application_name: "tsunagu-queue",
    max: 4,
  });
  boss.on("error", (error: Error) => options.onError?.(error));
  await boss.start();
  const work = options.work ?? true;
  for (const job of options.jobs) {
    await boss.createQueue(job.name, {
      name: job.name,
      retryLimit: job.retryLimit ?? 3,
      retryBackoff: true,
      expireInSeconds: job.expireInSeconds ?? 15 * 60,
    });
    if (job.schedule) await boss.schedule(job.name, job.schedule.cron, job.schedule.data);
    else await boss.unschedule(job.name);
    if (!work) continue;
    for (let i = 0; i < (job.concurrency ?? 1); i++) {
      await boss.work<object>(job.name, { batchSize: 1 }, async ([delivered]) => {
        if (!delivered) return;
        try {
          await job.run(delivered.data);
        } catch (error) {
          options.onError?.(error instanceof Error ? error : new Error(String(error)));
          throw error;
        }
      });
    }
  }
  return {
    async send(job, data, sendOptions = {}) {
      return boss.send(job.name, data, {
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        ...(sendOptions.startAfterSeconds ? { startAfter: sendOptions.startAfterSeconds } : {}),
      });
    },
    async stop({ timeoutMs = 30_000 } = {}) {
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}
