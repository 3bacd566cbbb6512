/** Throwaway databases and Prisma projects for the migration tool's own tests. */
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import pg from "pg";

import { quoteIdent, withDatabase } from "./adapter";

export function adminUrl(): string {
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!url) {
    throw new Error(
      "TEST_ADMIN_DATABASE_URL is not set: the root test setup provides it (a superuser URL to the `postgres` database). Run tests with `pnpm test:unit` from the repository root.",
    );
  }
  return url;
}

export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  url = adminUrl(),
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export interface ThrowawayDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** CREATE DATABASE tsunagu_mig_<random> on the test server; drop() removes it. */
export async function createThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const name = `tsunagu_mig_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${quoteIdent(name)}`);
  return {
    name,
    url: withDatabase(adminUrl(), name),
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    },
  };
}

/** Tables (any schema but the catalogs) in a database. */
export async function tablesIn(databaseUrl: string): Promise<string[]> {
  const rows = await adminQuery<{ name: string }>(
    `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
      WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    [],
    databaseUrl,
  );
  return rows.map((row) => row.name);
}

export const SMALL_SCHEMA = `generator client {
  provider = "prisma-client"
  output   = "../generated"
}

datasource db {
  provider = "postgresql"
}

enum Role {
  ADMIN
  MEMBER
}

model User {
  id        String   @id @default(uuid())
  email     String   @unique
  role      Role     @default(MEMBER)
  profile   Json?
  createdAt DateTime @default(now()) @db.Timestamptz(3)
  posts     Post[]

  @@map("users")
}

model Post {
  id       Int    @id @default(autoincrement())
  authorId String @map("author_id")
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)
  title    String

  @@unique([authorId, title])
  @@map("posts")
}
`;

export interface TempProject {
  dir: string;
  schemaPath: string;
  migrationsDir: string;
  writeSchema(schema: string): Promise<void>;
  cleanup(): Promise<void>;
}

/** A temp folder with prisma/schema.prisma (and, once created, prisma/migrations). */
export async function createTempProject(schema: string = SMALL_SCHEMA): Promise<TempProject> {
  const dir = await mkdtemp(join(tmpdir(), "tsunagu-migrate-"));
  await mkdir(join(dir, "prisma"));
  const schemaPath = join(dir, "prisma", "schema.prisma");
  const project: TempProject = {
    dir,
    schemaPath,
    migrationsDir: join(dir, "prisma", "migrations"),
    writeSchema: (text) => writeFile(schemaPath, text, "utf8"),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
  await project.writeSchema(schema);
  return project;
}
