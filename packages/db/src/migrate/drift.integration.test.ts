/**
 * Drift: a database migrated from packages/db/prisma/migrations must match
 * packages/db/prisma/schema.prisma. When this fails, schema.prisma has a change no migration
 * covers (run `pnpm db:migrate:create <name>`), or a migration changes something the schema
 * does not describe.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";

import { describe, expect, it } from "vitest";

import {
  applyMigrations,
  createMigration,
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  diffSchema,
} from "./index";
import {
  adminQuery,
  createTempProject,
  createThrowawayDatabase,
  SMALL_SCHEMA,
} from "./test-helpers";

const EXTRA_MODEL = `
model DriftProbe {
  id    Int    @id
  label String

  @@map("drift_probe")
}
`;

/** The first lines of a diff, so a failure shows what drifted without a 2,000-line dump. */
function headOf(script: string | null, lines = 40): string | null {
  if (script === null) return null;
  const all = script.trim().split("\n");
  return all.length <= lines
    ? all.join("\n")
    : `${all.slice(0, lines).join("\n")}\n… (${all.length - lines} more lines)`;
}

async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const db = await createThrowawayDatabase();
  try {
    return await fn(db.url);
  } finally {
    await db.drop();
  }
}

describe("drift between prisma/migrations and schema.prisma", () => {
  it.skipIf(!existsSync(DEFAULT_SCHEMA_PATH))(
    "the migrated database matches schema.prisma",
    async () => {
      await withDatabase(async (url) => {
        await applyMigrations(url);
        const fromDatabase = await diffSchema(url, { from: "database" });
        expect(
          headOf(fromDatabase),
          "SQL that would take the migrated database to schema.prisma",
        ).toBeNull();
        const fromMigrations = await diffSchema(url, { from: "migrations" });
        expect(
          headOf(fromMigrations),
          "SQL that would take prisma/migrations to schema.prisma",
        ).toBeNull();
      });
    },
  );

  it.skipIf(!existsSync(DEFAULT_SCHEMA_PATH))(
    "detects a model added to schema.prisma without a migration",
    async () => {
      const project = await createTempProject(
        (await readFile(DEFAULT_SCHEMA_PATH, "utf8")) + EXTRA_MODEL,
      );
      try {
        await withDatabase(async (url) => {
          await applyMigrations(url, { migrationsDir: DEFAULT_MIGRATIONS_DIR });
          const diff = await diffSchema(url, { from: "database", schemaPath: project.schemaPath });
          expect(diff).toContain('CREATE TABLE "drift_probe"');
        });
      } finally {
        await project.cleanup();
      }
    },
  );

  it("detects drift in both directions on a small schema", async () => {
    const project = await createTempProject(SMALL_SCHEMA);
    try {
      await withDatabase(async (url) => {
        const opts = { schemaPath: project.schemaPath, migrationsDir: project.migrationsDir };
        await createMigration(url, "init", opts);
        await applyMigrations(url, opts);
        expect(await diffSchema(url, { ...opts, from: "database" })).toBeNull();
        expect(await diffSchema(url, { ...opts, from: "migrations" })).toBeNull();

        // Schema ahead of migrations and database.
        await project.writeSchema(SMALL_SCHEMA + EXTRA_MODEL);
        expect(await diffSchema(url, { ...opts, from: "database" })).toContain(
          'CREATE TABLE "drift_probe"',
        );
        expect(await diffSchema(url, { ...opts, from: "migrations" })).toContain(
          'CREATE TABLE "drift_probe"',
        );

        // Database changed by hand behind the migrations' back.
        await project.writeSchema(SMALL_SCHEMA);
        await adminQuery(`ALTER TABLE users ADD COLUMN nickname text`, [], url);
        expect(await diffSchema(url, { ...opts, from: "database" })).toMatch(
          /DROP COLUMN "nickname"/,
        );
      });
    } finally {
      await project.cleanup();
    }
  });
});
