import pg from "pg";

import { createMigrationAdapter } from "./adapter";
import { MigrateError, toMigrateError } from "./errors";
import type { SchemaFile } from "./files";
import {
  discardSchemaEngine,
  loadSchemaEngine,
  onEnginePanic,
  takePanicMessage,
  type SchemaEngine,
} from "./wasm";

export interface EngineOptions {
  /** Prisma schema files to load (optional for apply/status). */
  schemaFiles?: SchemaFile[];
  /** Needed for `diff` (workaround 4). */
  patchCharTypes?: boolean;
  /** Receives the engine's JSON log lines. */
  onLog?: (line: string) => void;
}

/** Checks a connection URL early, with an error naming the variable it came from. */
export function assertDatabaseUrl(
  databaseUrl: string | undefined,
  variable = "DATABASE_URL",
): string {
  if (databaseUrl === undefined || databaseUrl.trim() === "") {
    throw new MigrateError(
      `${variable} is not set. Set it to a PostgreSQL connection URL, e.g. postgresql://user:password@localhost:5432/tsunagu`,
    );
  }
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new MigrateError(
      `${variable} is not a valid URL (expected postgresql://user:password@host:port/database).`,
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new MigrateError(`${variable} must be a postgresql:// URL, got ${url.protocol}//…`);
  }
  return databaseUrl;
}

class EnginePanic extends Error {
  override name = "EnginePanic";
}

const debugLog = process.env.TSUNAGU_MIGRATE_DEBUG
  ? (line: string) => process.stderr.write(`[schema-engine] ${line}\n`)
  : undefined;

/**
 * Runs `fn` with a WASM schema engine connected to `databaseUrl` through our patched PrismaPg
 * factory, then frees the engine and closes every pool (and leftover shadow database), so the
 * process can exit promptly. Engine errors come out as MigrateError with the real message.
 */
export async function withEngine<T>(
  databaseUrl: string,
  options: EngineOptions,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  assertDatabaseUrl(databaseUrl);
  const { SchemaEngine } = await loadSchemaEngine();
  const adapter = createMigrationAdapter(databaseUrl, { patchCharTypes: options.patchCharTypes });
  const onLog = options.onLog ?? debugLog;
  let stopListening: () => void = () => undefined;
  const panicked = new Promise<never>((_, reject) => {
    stopListening = onEnginePanic((message) => reject(new EnginePanic(message)));
  });
  panicked.catch(() => undefined);
  let engine: SchemaEngine | undefined;
  // The engine's own timers are unref'd (wasm.ts) and idle pool clients too: this keeps the
  // process alive while the operation is in flight, even when it only waits on a timer.
  const keepAlive = setInterval(() => undefined, 60_000);
  try {
    engine = await Promise.race([
      SchemaEngine.new(
        {
          datamodels: options.schemaFiles?.map((file): [string, string] => [
            file.path,
            file.content,
          ]),
        },
        (line: string) => onLog?.(line),
        adapter.factory,
      ),
      panicked,
    ]);
    return await Promise.race([fn(engine), panicked]);
  } catch (error) {
    if (error instanceof EnginePanic || (error instanceof Error && error.name === "RuntimeError")) {
      discardSchemaEngine();
      engine = undefined; // its memory went with the trapped instance
      const message =
        error instanceof EnginePanic ? error.message : (takePanicMessage() ?? String(error));
      throw new MigrateError(`The schema engine crashed: ${message}`, { cause: error });
    }
    throw toMigrateError(error, adapter.factory.errorRegistry, adapter.lastScriptError);
  } finally {
    clearInterval(keepAlive);
    stopListening();
    try {
      engine?.free();
    } finally {
      await adapter.close();
    }
  }
}

/**
 * Our own lock around `applyMigrations`, held on a dedicated connection. The engine also takes
 * `pg_advisory_lock(72707369)` (as the native engine does) but gives up after 10 s; this lock
 * makes a second process wait for the first to finish completely instead. It uses a different
 * key so it never competes with the engine's own lock.
 */
export const APPLY_LOCK_KEY = 7_270_736_901n;

export async function withApplyLock<T>(databaseUrl: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT pg_advisory_lock($1)", [APPLY_LOCK_KEY.toString()]);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw toMigrateError(error);
  }
  try {
    return await fn();
  } finally {
    // Ending the session releases the lock even if the unlock query fails.
    await client
      .query("SELECT pg_advisory_unlock($1)", [APPLY_LOCK_KEY.toString()])
      .catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
