import { existsSync } from "node:fs";
import { resolve } from "node:path";

import type { HistoryDiagnostic, MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

import { assertDatabaseUrl, withApplyLock, withEngine } from "./engine";
import { MigrateError, toMigrateError } from "./errors";
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  nextMigrationDirName,
  readMigrationsList,
  readSchemaFiles,
  slugifyMigrationName,
  writeMigration,
  type SchemaFile,
} from "./files";

export interface MigrateOptions {
  /** Folder holding `<timestamp>_<name>/migration.sql`. Default: packages/db/prisma/migrations. */
  migrationsDir?: string;
  /** schema.prisma (or a folder of .prisma files). Default: packages/db/prisma/schema.prisma. */
  schemaPath?: string;
}

const FILTERS = { externalTables: [], externalEnums: [] };

function paths(opts: MigrateOptions = {}): { migrationsDir: string; schemaPath: string } {
  return {
    migrationsDir: resolve(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR),
    schemaPath: resolve(opts.schemaPath ?? DEFAULT_SCHEMA_PATH),
  };
}

/** The schema when it exists: apply and status do not need it, but give it to the engine if present. */
async function optionalSchema(schemaPath: string): Promise<SchemaFile[] | undefined> {
  return existsSync(schemaPath) ? readSchemaFiles(schemaPath) : undefined;
}

function assertReadable(list: MigrationList): void {
  for (const dir of list.migrationDirectories) {
    if (dir.migrationFile.content.tag === "error") {
      throw new MigrateError(
        `Cannot read ${dir.path}/${dir.migrationFile.path}: ${dir.migrationFile.content.value}`,
      );
    }
  }
}

/**
 * `prisma migrate deploy`: applies every pending migration, in order, each as one transaction,
 * recording them in `_prisma_migrations` exactly as the native engine does. Safe to run from
 * several processes at once (they take turns on an advisory lock). Returns the names applied.
 */
export async function applyMigrations(
  databaseUrl: string,
  opts: MigrateOptions = {},
): Promise<string[]> {
  assertDatabaseUrl(databaseUrl);
  const { migrationsDir, schemaPath } = paths(opts);
  const migrationsList = await readMigrationsList(migrationsDir);
  if (migrationsList.migrationDirectories.length === 0) return [];
  assertReadable(migrationsList);
  const schemaFiles = await optionalSchema(schemaPath);
  return withApplyLock(databaseUrl, () =>
    withEngine(databaseUrl, { schemaFiles }, async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList,
        filters: FILTERS,
      });
      return appliedMigrationNames;
    }),
  );
}

export interface MigrationStatus {
  migrationsDir: string;
  /** Migration folders found locally, in apply order. */
  local: string[];
  /** Migrations recorded as finished (and not rolled back) in `_prisma_migrations`, in apply order. */
  applied: string[];
  /** Local migrations not yet applied. */
  pending: string[];
  /** Migrations that started but failed (they block `deploy` until resolved). */
  failed: string[];
  /** Applied migrations whose migration.sql changed since (checksum mismatch). */
  edited: string[];
  /** Migrations applied to the database but missing from the folder. */
  missingLocally: string[];
  /** The engine's verdict on the two histories; null when they agree. */
  history: HistoryDiagnostic | null;
  hasMigrationsTable: boolean;
  /** Nothing pending, failed, edited or missing. */
  upToDate: boolean;
}

/** `prisma migrate status`, as data. Read-only. */
export async function migrationStatus(
  databaseUrl: string,
  opts: MigrateOptions = {},
): Promise<MigrationStatus> {
  assertDatabaseUrl(databaseUrl);
  const { migrationsDir, schemaPath } = paths(opts);
  const migrationsList = await readMigrationsList(migrationsDir);
  const local = migrationsList.migrationDirectories.map((dir) => dir.path);
  const schemaFiles = await optionalSchema(schemaPath);
  const diagnosis = await withEngine(databaseUrl, { schemaFiles }, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: FILTERS,
    }),
  );
  const applied = diagnosis.hasMigrationsTable ? await appliedMigrationNames(databaseUrl) : [];
  const history = diagnosis.history;
  const pending =
    history?.diagnostic === "databaseIsBehind" || history?.diagnostic === "historiesDiverge"
      ? history.unappliedMigrationNames
      : [];
  const missingLocally =
    history?.diagnostic === "migrationsDirectoryIsBehind" ||
    history?.diagnostic === "historiesDiverge"
      ? history.unpersistedMigrationNames
      : [];
  const failed = diagnosis.failedMigrationNames;
  const edited = diagnosis.editedMigrationNames;
  return {
    migrationsDir,
    local,
    applied,
    pending,
    failed,
    edited,
    missingLocally,
    history,
    hasMigrationsTable: diagnosis.hasMigrationsTable,
    upToDate:
      pending.length === 0 &&
      failed.length === 0 &&
      edited.length === 0 &&
      missingLocally.length === 0,
  };
}

async function appliedMigrationNames(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
        ORDER BY started_at, migration_name`,
    );
    return rows.map((row) => row.migration_name);
  } catch (error) {
    throw toMigrateError(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * `prisma migrate dev --create-only`: writes `<UTC timestamp>_<name>/migration.sql` with the SQL
 * that takes the migration history to the schema, and returns the folder path; returns null
 * (writing nothing) when the schema has no changes. Replays the history in a temporary shadow
 * database (needs CREATEDB) and never touches the database `databaseUrl` names.
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  opts: MigrateOptions = {},
): Promise<string | null> {
  assertDatabaseUrl(databaseUrl);
  const slug = slugifyMigrationName(name);
  const { migrationsDir } = paths(opts);
  const script = await diffSchema(databaseUrl, { ...opts, from: "migrations" });
  if (script === null) return null;
  const existing = (await readMigrationsList(migrationsDir)).migrationDirectories.map(
    (dir) => dir.path,
  );
  return writeMigration(migrationsDir, nextMigrationDirName(slug, existing), script);
}

export interface DiffOptions extends MigrateOptions {
  /**
   * What to compare the schema against: the migrations folder replayed in a shadow database
   * ("migrations", what `create` uses), or the live database at `databaseUrl` ("database",
   * drift detection).
   */
  from: "migrations" | "database";
}

/**
 * The SQL that would take `from` to the schema, or null when they already match.
 * Read-only for the database at `databaseUrl`.
 */
export async function diffSchema(databaseUrl: string, opts: DiffOptions): Promise<string | null> {
  assertDatabaseUrl(databaseUrl);
  const { migrationsDir, schemaPath } = paths(opts);
  const schemaFiles = await readSchemaFiles(schemaPath);
  const migrationsList = await readMigrationsList(migrationsDir);
  assertReadable(migrationsList);
  const result = await withEngine(databaseUrl, { schemaFiles, patchCharTypes: true }, (engine) =>
    engine.diff({
      from:
        opts.from === "migrations"
          ? { tag: "migrations", ...migrationsList }
          : { tag: "schemaDatasource", files: schemaFiles, configDir: migrationsDir },
      to: { tag: "schemaDatamodel", files: schemaFiles },
      script: true,
      exitCode: true,
      filters: FILTERS,
    }),
  );
  if (result.exitCode === 0) return null;
  if (result.exitCode !== 2)
    throw new MigrateError(`Schema engine diff failed (exit code ${result.exitCode}).`);
  return result.stdout ?? "";
}

/** `prisma migrate resolve --applied <name>`: records a migration as applied without running it. */
export async function markMigrationApplied(
  databaseUrl: string,
  name: string,
  opts: MigrateOptions = {},
): Promise<void> {
  assertDatabaseUrl(databaseUrl);
  const { migrationsDir } = paths(opts);
  const migrationsList = await readMigrationsList(migrationsDir);
  await withApplyLock(databaseUrl, () =>
    withEngine(databaseUrl, {}, (engine) =>
      engine.markMigrationApplied({ migrationName: name, migrationsList }),
    ),
  );
}

/** `prisma migrate resolve --rolled-back <name>`: marks a failed migration as rolled back. */
export async function markMigrationRolledBack(databaseUrl: string, name: string): Promise<void> {
  assertDatabaseUrl(databaseUrl);
  await withApplyLock(databaseUrl, () =>
    withEngine(databaseUrl, {}, (engine) =>
      engine.markMigrationRolledBack({ migrationName: name }),
    ),
  );
}
