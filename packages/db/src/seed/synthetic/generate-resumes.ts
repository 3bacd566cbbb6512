/**
 * Bulk generator of synthetic seekers for benchmarks (`pnpm db:seed --resumes 100000`).
 * Resumes come from the same generator as the factories; rows go in with COPY, one transaction
 * per batch, a few batches in flight while the next one is generated.
 */
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

import { encodeCopyRow } from "./copy-text";
import {
  appendSeekerRows,
  emptySeekerRows,
  SEEKER_TABLES,
  type SeekerRows,
  type SeekerTableKey,
} from "./resume-rows";
import { syntheticSeekers } from "./synthetic-seekers";

export { SYNTHETIC_EMAIL_DOMAIN } from "./synthetic-seekers";

export interface GenerateResumesOptions {
  count: number;
  /** Seekers per transaction. */
  batchSize?: number;
  /** Batches being written while the next is generated. */
  concurrency?: number;
  /** Reproduces the same data set (with the same `now`; see syntheticSeekers). */
  seed?: number;
  now?: Date;
  /** See TriggerMode; "auto" when omitted. */
  triggers?: TriggerMode;
  /** Called after each committed batch with the number of seekers written so far. */
  onProgress?: (written: number) => void;
}

export interface GenerateResumesResult {
  runId: string;
  /** Whether row triggers were skipped in favour of one outbox event per seeker. */
  bulk: boolean;
  seekers: number;
  rows: Record<string, number>;
  elapsedMs: number;
}

async function copyTable(
  client: pg.PoolClient,
  key: SeekerTableKey,
  rows: SeekerRows[SeekerTableKey],
): Promise<void> {
  if (rows.length === 0) return;
  const table = SEEKER_TABLES[key];
  const sql = `COPY "${table.name}" (${table.columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  const chunks = function* () {
    // ~1 MB writes keep the socket busy without building one huge string.
    let buffer = "";
    for (const row of rows) {
      buffer += encodeCopyRow(row);
      if (buffer.length > 1_000_000) {
        yield buffer;
        buffer = "";
      }
    }
    if (buffer) yield buffer;
  };
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
}

/**
 * How row triggers are treated while loading.
 * - "fire": every row fires its triggers, including the search outbox ones (one event per row).
 * - "bulk": triggers are skipped for the batch (`session_replication_role = replica`, as
 *   pg_restore --disable-triggers does) and one outbox event per seeker is written instead, in
 *   the same transaction (R3 holds). Needs superuser or SET privilege on that parameter. CHECK,
 *   NOT NULL and unique constraints still apply; foreign keys are not re-checked, which is safe
 *   because every batch references only rows it creates itself.
 * - "auto": "bulk" when the role may, "fire" otherwise.
 */
export type TriggerMode = "auto" | "fire" | "bulk";

async function mayBypassTriggers(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query<{ superuser: boolean; version: number }>(
    "SELECT current_setting('is_superuser') = 'on' AS superuser, current_setting('server_version_num')::int AS version",
  );
  const [server] = rows;
  if (!server) return false;
  if (server.superuser) return true;
  // Granting SET on a single parameter exists from PostgreSQL 15 on.
  if (server.version < 150_000) return false;
  const privilege = await pool.query<{ allowed: boolean }>(
    "SELECT has_parameter_privilege('session_replication_role', 'SET') AS allowed",
  );
  return privilege.rows[0]?.allowed === true;
}

async function writeBatch(pool: pg.Pool, rows: SeekerRows, bulk: boolean): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    if (bulk) await client.query("SET LOCAL session_replication_role = replica");
    for (const key of Object.keys(SEEKER_TABLES) as SeekerTableKey[])
      await copyTable(client, key, rows[key]);
    if (bulk) {
      // The triggers that were skipped would have announced each resume many times; once is
      // enough, through the same function they use (it also wakes the worker).
      await client.query(
        `SELECT search_outbox_enqueue('RESUME', p.search_key, 'profile.bulk_loaded')
           FROM seeker_profiles p WHERE p.id = ANY($1::uuid[])`,
        [rows.seekerProfiles.map((row) => row[0])],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function generateResumes(
  databaseUrl: string,
  options: GenerateResumesOptions,
): Promise<GenerateResumesResult> {
  const { count } = options;
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--resumes needs a positive whole number, got ${count}`);
  const batchSize = options.batchSize ?? 2_000;
  const concurrency = options.concurrency ?? 3;
  const now = options.now ?? new Date();
  const runId = randomBytes(4).toString("hex");
  const seekers = syntheticSeekers({ count, seed: options.seed, now, runId });
  const started = performance.now();
  const totals: Record<string, number> = {};
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency });
  const mode = options.triggers ?? "auto";
  let bulk = false;

  let generated = 0;
  let written = 0;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  try {
    bulk = mode === "bulk" || (mode === "auto" && (await mayBypassTriggers(pool)));
    while (generated < count && failure === undefined) {
      const rows = emptySeekerRows();
      const size = Math.min(batchSize, count - generated);
      for (let i = 0; i < size; i++) {
        const next = seekers.next();
        if (next.done) break;
        appendSeekerRows(rows, next.value);
      }
      generated += size;
      for (const key of Object.keys(rows) as SeekerTableKey[])
        totals[SEEKER_TABLES[key].name] = (totals[SEEKER_TABLES[key].name] ?? 0) + rows[key].length;

      const write: Promise<void> = writeBatch(pool, rows, bulk).then(
        () => {
          written += size;
          options.onProgress?.(written);
        },
        (error: unknown) => {
          failure ??= error;
        },
      );
      const tracked = write.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure !== undefined) throw failure;
    // Fresh statistics, so the first benchmark queries do not run on an empty-table plan.
    await pool.query(
      `ANALYZE ${Object.values(SEEKER_TABLES)
        .map((t) => `"${t.name}"`)
        .join(", ")}`,
    );
  } finally {
    await pool.end();
  }
  return { runId, bulk, seekers: written, rows: totals, elapsedMs: performance.now() - started };
}
