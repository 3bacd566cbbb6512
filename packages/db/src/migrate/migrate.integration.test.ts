import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";

import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { createMigrationAdapter } from "./adapter";
import { LOCKFILE_CONTENT } from "./files";
import { applyMigrations, createMigration, migrationStatus, MigrateError } from "./index";
import {
  adminQuery,
  createTempProject,
  createThrowawayDatabase,
  SMALL_SCHEMA,
  tablesIn,
  type TempProject,
  type ThrowawayDatabase,
} from "./test-helpers";

let db: ThrowawayDatabase;
let project: TempProject;
const cleanups: Array<() => Promise<void>> = [];

beforeEach(async () => {
  db = await createThrowawayDatabase();
  project = await createTempProject();
  cleanups.push(db.drop, project.cleanup);
});

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

const opts = () => ({ schemaPath: project.schemaPath, migrationsDir: project.migrationsDir });

async function addMigration(name: string, sql: string): Promise<void> {
  await mkdir(join(project.migrationsDir, name), { recursive: true });
  await writeFile(join(project.migrationsDir, name, "migration.sql"), sql);
}

describe("create → apply → status on an empty database", () => {
  it("creates a migration in Prisma's folder format, applies it, and reports up to date", async () => {
    const dir = await createMigration(db.url, "Init schema", opts());
    expect(dir).not.toBeNull();
    expect(basename(dir!)).toMatch(/^\d{14}_init_schema$/);
    const name = basename(dir!);
    const sql = await readFile(join(dir!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TYPE "Role" AS ENUM');
    expect(sql).toContain('CREATE TABLE "users"');
    expect(sql).toContain('CREATE UNIQUE INDEX "posts_author_id_title_key"');
    expect(sql).toContain("ON DELETE CASCADE");
    expect(await readFile(join(project.migrationsDir, "migration_lock.toml"), "utf8")).toBe(
      LOCKFILE_CONTENT,
    );

    const before = await migrationStatus(db.url, opts());
    expect(before).toMatchObject({
      local: [name],
      applied: [],
      pending: [name],
      failed: [],
      upToDate: false,
    });

    expect(await applyMigrations(db.url, opts())).toEqual([name]);
    expect(await tablesIn(db.url)).toEqual([
      "public._prisma_migrations",
      "public.posts",
      "public.users",
    ]);

    // Bookkeeping exactly as the native engine keeps it: checksum = sha256(migration.sql).
    const [row] = await adminQuery<{
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      "SELECT checksum, finished_at, applied_steps_count FROM _prisma_migrations WHERE migration_name = $1",
      [name],
      db.url,
    );
    expect(row?.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    expect(row?.finished_at).toBeInstanceOf(Date);
    expect(row?.applied_steps_count).toBe(1);

    const after = await migrationStatus(db.url, opts());
    expect(after).toMatchObject({
      local: [name],
      applied: [name],
      pending: [],
      upToDate: true,
      history: null,
    });

    // The constraints the schema describes are really there.
    await adminQuery(`INSERT INTO users (id, email) VALUES ('u1', 'a@example.com')`, [], db.url);
    await expect(
      adminQuery(`INSERT INTO users (id, email) VALUES ('u2', 'a@example.com')`, [], db.url),
    ).rejects.toThrow(/unique/);
    expect(await applyMigrations(db.url, opts())).toEqual([]);
  });

  it("creates nothing when the schema has not changed", async () => {
    const first = await createMigration(db.url, "init", opts());
    expect(first).not.toBeNull();
    expect(await createMigration(db.url, "again", opts())).toBeNull();
    expect(await readdir(project.migrationsDir)).toEqual([basename(first!), "migration_lock.toml"]);
  });

  it("creates a second migration for a schema change, ordered after the first", async () => {
    const first = await createMigration(db.url, "init", opts());
    await project.writeSchema(
      SMALL_SCHEMA.replace("  title    String\n", "  title    String\n  body     String?\n"),
    );
    const second = await createMigration(db.url, "add post body", opts());
    expect(basename(second!) > basename(first!)).toBe(true);
    expect(await readFile(join(second!, "migration.sql"), "utf8")).toMatch(
      /ALTER TABLE "posts" ADD COLUMN\s+"body" TEXT/,
    );
    expect(await applyMigrations(db.url, opts())).toEqual([basename(first!), basename(second!)]);
  });

  it("does not touch the main database when creating (adapter bug 1)", async () => {
    // A history to replay, so the shadow database really receives DDL.
    const first = await createMigration(db.url, "init", opts());
    await project.writeSchema(`${SMALL_SCHEMA}\nmodel Tag {\n  id Int @id\n}\n`);
    expect(await createMigration(db.url, "add tag", opts())).not.toBeNull();
    expect(first).not.toBeNull();
    expect(await tablesIn(db.url)).toEqual([]);
    const types = await adminQuery(
      "SELECT typname FROM pg_type WHERE typname = 'Role'",
      [],
      db.url,
    );
    expect(types).toEqual([]);
  });
});

describe("applying migration scripts", () => {
  it("runs a script with semicolons in string literals and a DO $$ … $$ block as one unit", async () => {
    await addMigration(
      "20250101000000_tricky",
      `-- CreateTable
CREATE TABLE "notes" ("id" SERIAL PRIMARY KEY, "body" TEXT NOT NULL);

INSERT INTO "notes" ("body") VALUES ('first; second; third'), ('it''s; quoted;');

DO $$
DECLARE
  n integer;
BEGIN
  SELECT count(*) INTO n FROM "notes" WHERE "body" LIKE '%;%';
  IF n = 2 THEN
    INSERT INTO "notes" ("body") VALUES ('from the DO block; n=' || n);
  END IF;
END
$$;

CREATE FUNCTION "notes_count"() RETURNS integer LANGUAGE plpgsql AS $fn$
BEGIN
  RETURN (SELECT count(*) FROM "notes");
END;
$fn$;
`,
    );
    expect(await applyMigrations(db.url, opts())).toEqual(["20250101000000_tricky"]);
    const rows = await adminQuery<{ body: string }>(
      `SELECT body FROM notes ORDER BY id`,
      [],
      db.url,
    );
    expect(rows.map((row) => row.body)).toEqual([
      "first; second; third",
      "it's; quoted;",
      "from the DO block; n=2",
    ]);
    expect(await adminQuery(`SELECT notes_count() AS n`, [], db.url)).toEqual([{ n: 3 }]);
  });

  it("rolls a failing migration back as a whole and reports the PostgreSQL error", async () => {
    await addMigration("20250101000000_ok", `CREATE TABLE "a" ("id" int);`);
    await addMigration(
      "20250102000000_broken",
      `CREATE TABLE "b" ("id" int);\nINSERT INTO "b" VALUES (1);\nSELECT * FROM "does_not_exist";\n`,
    );
    const error = await applyMigrations(db.url, opts()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrateError);
    expect((error as MigrateError).message).toContain("20250102000000_broken");
    expect((error as MigrateError).message).toContain('relation "does_not_exist" does not exist');
    expect((error as MigrateError).message).toContain('line 3: SELECT * FROM "does_not_exist";');
    expect(await tablesIn(db.url)).toEqual(["public._prisma_migrations", "public.a"]);

    const status = await migrationStatus(db.url, opts());
    expect(status).toMatchObject({
      applied: ["20250101000000_ok"],
      failed: ["20250102000000_broken"],
      upToDate: false,
    });
    // Like the native engine, a failed migration blocks further deploys (P3009).
    await expect(applyMigrations(db.url, opts())).rejects.toMatchObject({ code: "P3009" });
  });

  it("is safe when two processes apply at once, even when a migration outlasts the engine's lock timeout", async () => {
    // The engine's own pg_advisory_lock gives up after 10 s; our outer lock makes the second
    // applier wait for the first instead of failing.
    await addMigration(
      "20250101000000_one",
      `CREATE TABLE "one" ("id" int); SELECT pg_sleep(10.5);`,
    );
    await addMigration("20250102000000_two", `CREATE TABLE "two" ("id" int);`);
    const [a, b] = await Promise.all([
      applyMigrations(db.url, opts()),
      applyMigrations(db.url, opts()),
    ]);
    expect([a, b].sort((x, y) => y.length - x.length)).toEqual([
      ["20250101000000_one", "20250102000000_two"],
      [],
    ]);
    const rows = await adminQuery(
      `SELECT migration_name FROM _prisma_migrations ORDER BY 1`,
      [],
      db.url,
    );
    expect(rows).toHaveLength(2);
  });

  it("reports applied migrations missing from the folder and edited ones", async () => {
    await addMigration("20250101000000_one", `CREATE TABLE "one" ("id" int);`);
    await applyMigrations(db.url, opts());
    await writeFile(
      join(project.migrationsDir, "20250101000000_one", "migration.sql"),
      `CREATE TABLE "one" ("id" bigint);`,
    );
    expect(await migrationStatus(db.url, opts())).toMatchObject({
      edited: ["20250101000000_one"],
      upToDate: false,
    });

    const other = await createTempProject();
    cleanups.push(other.cleanup);
    expect(
      await migrationStatus(db.url, {
        migrationsDir: other.migrationsDir,
        schemaPath: other.schemaPath,
      }),
    ).toMatchObject({
      local: [],
      applied: ["20250101000000_one"],
      missingLocally: ["20250101000000_one"],
      upToDate: false,
    });
  });
});

describe("migration-aware adapter workarounds", () => {
  it("connects the shadow adapter to a new database and drops it after closing its pool (bugs 1, 2)", async () => {
    const adapter = createMigrationAdapter(db.url);
    try {
      const result = await adapter.factory.connectToShadowDb();
      if (!result.ok) throw new Error("connectToShadowDb failed");
      const shadow = result.value;
      const [name] = [...adapter.shadowDatabases];
      const current = await shadow.queryRaw({
        sql: "SELECT current_database()::text",
        args: [],
        argTypes: [],
      });
      if (!current.ok) throw new Error("query failed");
      expect(current.value.rows).toEqual([[name]]);
      expect(name).not.toBe(db.name);

      // One query: semicolons inside literals survive (bug 3).
      const script = await shadow.executeScript(
        `CREATE TABLE t (v text); INSERT INTO t VALUES ('a;b');`,
      );
      expect(script.ok).toBe(true);
      const rows = await shadow.queryRaw({ sql: "SELECT v FROM t", args: [], argTypes: [] });
      expect(rows.ok && rows.value.rows).toEqual([["a;b"]]);

      expect((await shadow.dispose()).ok).toBe(true);
      expect(await adminQuery("SELECT 1 FROM pg_database WHERE datname = $1", [name])).toEqual([]);
    } finally {
      await adapter.close();
    }
  });

  it('reads "char" columns as Character and "char"[] / name[] as text[] during introspection (bug 4)', async () => {
    const adapter = createMigrationAdapter(db.url, { patchCharTypes: true });
    try {
      const result = await adapter.factory.connect();
      if (!result.ok) throw new Error("connect failed");
      const query = await result.value.queryRaw({
        sql: `SELECT relkind, ARRAY['a', 'b']::"char"[] AS chars, ARRAY[relname] AS names FROM pg_class WHERE relname = 'pg_class'`,
        args: [],
        argTypes: [],
      });
      if (!query.ok) throw new Error("query failed");
      expect(query.value.rows).toEqual([["r", ["a", "b"], ["pg_class"]]]);
      expect(query.value.columnTypes).toEqual([
        ColumnTypeEnum.Character,
        ColumnTypeEnum.TextArray,
        ColumnTypeEnum.TextArray,
      ]);
    } finally {
      await adapter.close();
    }
  });

  it("creates migrations on top of hand-written CHECK constraints and triggers", async () => {
    // The describer reads pg_constraint.contype ("char") for CHECK constraints (and, on
    // PostgreSQL 18, for every NOT NULL): reported as text instead of Character, it panics.
    const first = await createMigration(db.url, "init", opts());
    const sql = join(first!, "migration.sql");
    await writeFile(
      sql,
      `${await readFile(sql, "utf8")}
-- Hand-written: constraints Prisma cannot express.
ALTER TABLE "posts" ADD CONSTRAINT "posts_title_not_blank" CHECK (length(trim("title")) > 0);
CREATE FUNCTION "posts_forbid_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'posts are append-only; use INSERT';
END;
$$;
CREATE TRIGGER "posts_append_only" BEFORE UPDATE ON "posts" FOR EACH ROW EXECUTE FUNCTION "posts_forbid_update"();
`,
    );
    expect(await createMigration(db.url, "again", opts())).toBeNull();
    await project.writeSchema(`${SMALL_SCHEMA}\nmodel Tag {\n  id Int @id\n}\n`);
    const second = await createMigration(db.url, "add tag", opts());
    expect(await readFile(join(second!, "migration.sql"), "utf8")).toContain('CREATE TABLE "Tag"');
    expect(await applyMigrations(db.url, opts())).toHaveLength(2);
    const checks = await adminQuery(
      "SELECT conname FROM pg_constraint WHERE conname = 'posts_title_not_blank'",
      [],
      db.url,
    );
    expect(checks).toHaveLength(1);
  });
});
