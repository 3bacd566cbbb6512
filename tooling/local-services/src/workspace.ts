import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { findRepoRoot } from "./paths";

interface PackageJson {
  name?: string;
  exports?: Record<string, string>;
  scripts?: Record<string, string>;
}

async function readPackageJson(packageDir: string): Promise<PackageJson> {
  return JSON.parse(
    await readFile(join(findRepoRoot(), packageDir, "package.json"), "utf8"),
  ) as PackageJson;
}

/**
 * Imports an export of a workspace package by its folder. `@tsunagu/db` is loaded this way rather
 * than as a declared dependency: the db package's own tests use this tooling, and turbo rejects
 * the dependency cycle a declared dependency would create.
 */
async function importWorkspaceExport<T>(packageDir: string, subpath: string): Promise<T> {
  const manifest = await readPackageJson(packageDir);
  const target = manifest.exports?.[subpath];
  if (!target) {
    throw new Error(
      `${manifest.name ?? packageDir} does not export "${subpath}" (see ${packageDir}/package.json).`,
    );
  }
  return (await import(pathToFileURL(join(findRepoRoot(), packageDir, target)).href)) as T;
}

/** Applies pending Prisma migrations from packages/db; returns the names it applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const module = await importWorkspaceExport<{ applyMigrations(url: string): Promise<string[]> }>(
    "packages/db",
    "./migrate",
  );
  return module.applyMigrations(databaseUrl);
}

/** Seeds the demo world unless it is already there (idempotent, owned by packages/db). */
export async function seedDemoWorld(databaseUrl: string): Promise<{ seeded: boolean }> {
  const module = await importWorkspaceExport<{
    seedDemoWorld(url: string): Promise<{ seeded: boolean }>;
  }>("packages/db", "./seed");
  return module.seedDemoWorld(databaseUrl);
}

/** Whether a workspace package defines `script`, so optional processes start only once they exist. */
export async function workspaceScriptExists(packageDir: string, script: string): Promise<boolean> {
  try {
    return Boolean((await readPackageJson(packageDir)).scripts?.[script]);
  } catch {
    return false;
  }
}

/** The role keys of packages/search (see its keys.ts), created from the master key if missing. */
export type SearchKeys = Record<
  "seeker-app" | "employer-app" | "jobs-worker" | "admin-app" | "indexer",
  string
>;

/** Creates or confirms each role's Meilisearch key for `prefix` (idempotent, owned by packages/search). */
export async function ensureSearchKeys(
  meiliUrl: string,
  masterKey: string,
  prefix = "",
): Promise<SearchKeys> {
  const module = await importWorkspaceExport<{
    ensureSearchKeys(options: {
      url: string;
      masterKey: string;
      prefix?: string;
    }): Promise<SearchKeys>;
  }>("packages/search", "./keys");
  return module.ensureSearchKeys({ url: meiliUrl, masterKey, prefix });
}

export interface DemoCredentials {
  password: string;
  accounts: { seeker: string; employerOwner: string; admin: string };
  passwordsSet: number;
  adminCreated: boolean;
}

/**
 * Gives the demo accounts the local demo password and adds the demo admin (owned by
 * packages/auth, which refuses under NODE_ENV=production).
 */
export async function setDemoPasswords(databaseUrl: string): Promise<DemoCredentials> {
  const [auth, database] = await Promise.all([
    importWorkspaceExport<{ setDemoPasswords(db: unknown): Promise<DemoCredentials> }>(
      "packages/auth",
      "./demo",
    ),
    importWorkspaceExport<{
      createDb(url: string): { $disconnect(): Promise<void> };
    }>("packages/db", "."),
  ]);
  const db = database.createDb(databaseUrl);
  try {
    return await auth.setDemoPasswords(db);
  } finally {
    await db.$disconnect();
  }
}
