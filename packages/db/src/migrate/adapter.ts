/**
 * The driver adapter factory handed to the WASM schema engine: PrismaPg, with the four
 * @prisma/adapter-pg 7.10.1 bugs that bite migrations worked around (see
 * docs/decisions/0001-offline-prisma-migrations.md):
 *
 * 1. Shadow database: PrismaPg spreads its config and overrides `database`, but pg lets
 *    `connectionString` win, so its "shadow" database is the main one. We build the shadow
 *    pool from a connection string whose database part has been replaced.
 * 2. PrismaPg drops the temporary database before closing its pool, so the drop fails and the
 *    database leaks. We end the shadow pool first, then drop (WITH (FORCE)), and drop any
 *    shadow database still around when the engine is closed.
 * 3. PrismaPg's `executeScript` splits on every `;`, breaking string literals and `DO`/function
 *    bodies, and commits statement by statement. We send the whole script as ONE simple-protocol
 *    query: PostgreSQL runs it as one implicit transaction, as the native engine does.
 * 4. The diff introspection reads `"char"` (OID 18) columns the adapter cannot map. With
 *    `patchCharTypes`, they are reported as Character, and `"char"[]`/`name[]` as text[]
 *    (char-types.ts).
 */
import { randomUUID } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

import { readCharTypes } from "./char-types";

/** Replaces the database name in a PostgreSQL connection URL, keeping everything else. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** "line 3: SELECT * FROM nope;" for a 1-based character offset reported by PostgreSQL. */
function locate(script: string, position: string | undefined): string | undefined {
  const offset = Number(position);
  if (!Number.isInteger(offset) || offset < 1) return undefined;
  const before = script.slice(0, offset - 1);
  const line = before.split("\n").length;
  const text = script.split("\n")[line - 1]?.trim() ?? "";
  return `line ${line}: ${text.length > 120 ? `${text.slice(0, 117)}...` : text}`;
}

/**
 * Workaround 3: run the whole script as one query. Without parameters pg uses the simple query
 * protocol, which accepts many statements and runs them as one implicit transaction. Failures
 * are reported as plain PostgreSQL errors (code, message, detail, hint, line) rather than the
 * adapter's query-oriented kinds, which drop the message ("No such table" without the name).
 */
function sendScriptAsOneQuery<T extends SqlDriverAdapter>(
  adapter: T,
  pool: pg.Pool,
  onScriptError: (error: ScriptError) => void,
): T {
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      const pgError = error as pg.DatabaseError;
      if (typeof pgError.code !== "string" || typeof pgError.severity !== "string") throw error;
      const scriptError: ScriptError = {
        code: pgError.code,
        message: pgError.message,
        detail: pgError.detail,
        hint: pgError.hint,
        where: locate(script, pgError.position),
      };
      onScriptError(scriptError);
      throw new DriverAdapterError({
        kind: "postgres",
        code: pgError.code,
        severity: pgError.severity,
        message: scriptError.where
          ? `${pgError.message} (at ${scriptError.where})`
          : pgError.message,
        detail: pgError.detail,
        column: pgError.column,
        hint: pgError.hint,
      });
    }
  };
  return adapter;
}

/**
 * The PostgreSQL error behind a failed migration script. The engine maps well-known codes to
 * terse messages ("No such table: nope"); we keep the original for the user.
 */
export interface ScriptError {
  code: string;
  message: string;
  detail?: string;
  hint?: string;
  /** "line N: <statement text>" */
  where?: string;
}

export interface MigrationAdapterOptions {
  /** Workaround 4 (needed for diff / create). */
  patchCharTypes?: boolean;
}

export interface MigrationAdapter {
  /** The error-capturing factory to hand to `SchemaEngine.new`. */
  factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** Shadow databases created so far (and not yet dropped). */
  readonly shadowDatabases: ReadonlySet<string>;
  /** The last migration script failure, if any. */
  readonly lastScriptError: ScriptError | undefined;
  /** Closes every pool, then drops any shadow database left behind. Idempotent. */
  close(): Promise<void>;
}

export function createMigrationAdapter(
  databaseUrl: string,
  options: MigrationAdapterOptions = {},
): MigrationAdapter {
  const pools = new Set<pg.Pool>();
  const shadowDatabases = new Set<string>();
  let lastScriptError: ScriptError | undefined;
  const onScriptError = (error: ScriptError) => {
    lastScriptError = error;
  };
  const makePool = (connectionString: string): pg.Pool => {
    const pool = new pg.Pool({
      connectionString,
      max: 4,
      idleTimeoutMillis: 1_000,
      allowExitOnIdle: true,
    });
    // An idle client dropped by the server must not crash the process.
    pool.on("error", () => undefined);
    pools.add(pool);
    return pool;
  };
  const endPool = async (pool: pg.Pool): Promise<void> => {
    if (!pools.delete(pool)) return;
    await pool.end().catch(() => undefined);
  };

  const mainPool = makePool(databaseUrl);

  /** Runs maintenance statements (CREATE/DROP DATABASE) on a short-lived connection of its own. */
  const maintenance = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end().catch(() => undefined);
    }
  };

  const dropShadow = async (database: string): Promise<void> => {
    if (!shadowDatabases.has(database)) return;
    await maintenance(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
    shadowDatabases.delete(database);
  };

  const main = new PrismaPg(mainPool);
  /** Workarounds 3 and (for diff) 4, applied to every adapter handed to the engine. */
  const prepare = (adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter => {
    sendScriptAsOneQuery(adapter, pool, onScriptError);
    return options.patchCharTypes ? readCharTypes(adapter) : adapter;
  };
  const raw: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    async connect() {
      return prepare(await main.connect(), mainPool);
    },
    // Workarounds 1 and 2.
    async connectToShadowDb() {
      const database = `prisma_migrate_shadow_db_${randomUUID()}`;
      await maintenance(`CREATE DATABASE ${quoteIdent(database)}`);
      shadowDatabases.add(database);
      const shadowPool = makePool(withDatabase(databaseUrl, database));
      const adapter = prepare(await new PrismaPg(shadowPool).connect(), shadowPool);
      const disposeAdapter = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await disposeAdapter();
        await endPool(shadowPool);
        await dropShadow(database);
      };
      return adapter;
    },
  };

  let closing: Promise<void> | undefined;
  return {
    factory: bindMigrationAwareSqlAdapterFactory(raw),
    shadowDatabases,
    get lastScriptError() {
      return lastScriptError;
    },
    close() {
      closing ??= (async () => {
        await Promise.all([...pools].map(endPool));
        for (const database of [...shadowDatabases]) {
          await dropShadow(database).catch(() => undefined);
        }
      })();
      return closing;
    },
  };
}
