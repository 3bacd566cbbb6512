import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { findRepoRoot } from "@tsunagu/local-services/paths";
import { isPortFree } from "@tsunagu/local-services/ports";
import { hasExited, logToFile, OutputTail, forEachLine, stopChild } from "@tsunagu/local-services/processes";
import { onShutdownSignal } from "@tsunagu/local-services/shutdown";

const repoRoot = findRepoRoot();

/** The apps the bench serves from their production builds. */
export type BenchApp = "seeker" | "employer" | "admin";

/** Builds the apps for production in one turbo run; turbo replays an unchanged build from its cache. */
export function buildApps(apps: readonly BenchApp[]): Promise<void> {
  const filters = apps.flatMap((app) => ["--filter", `@tsunagu/${app}`]);
  return new Promise((resolve, reject) => {
    const child = spawn("pnpm", ["exec", "turbo", "run", "build", ...filters, "--output-logs=errors-only"], {
      cwd: repoRoot,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`Building ${apps.join(", ")} failed (exit ${code}).`))));
  });
}

export interface ServedProcess {
  logFile: string;
  stop(): Promise<void>;
}

export interface ServedApp extends ServedProcess {
  url: string;
}

/** A child in its own process group, logged to a file, stopped on Ctrl-C as well. */
function spawnLogged(name: string, args: string[], env: NodeJS.ProcessEnv, logDir: string, onLine?: (line: string) => void) {
  const child = spawn("pnpm", args, { cwd: repoRoot, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const logFile = join(logDir, `${name}.log`);
  logToFile(child, logFile);
  const tail = new OutputTail();
  for (const stream of [child.stdout!, child.stderr!])
    forEachLine(stream, (line) => {
      tail.push(line);
      onLine?.(line);
    });
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopChild(child, { signal: "SIGTERM", graceMs: 5_000, processGroup: true }));
  // Ctrl-C during the run stops it too, not only the database and Meilisearch.
  onShutdownSignal(stop);
  return { child, logFile, tail, stop };
}

/**
 * A built app served as production serves it (the app-kit server, NODE_ENV production) on
 * 127.0.0.1:`port`, so that the bench crosses HTTP, Remix, the tRPC handler and output
 * validation as a browser does. APP_ENV=test only lets it start with SERVER_TIMING=1 (N1's
 * phase breakdown) and without a proxy in front.
 */
export async function serveApp(app: BenchApp, options: { port: number; env: NodeJS.ProcessEnv; logDir: string }): Promise<ServedApp> {
  if (!(await isPortFree(options.port))) throw new Error(`Port ${options.port} is in use: pass another with --app-port`);
  const url = `http://127.0.0.1:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    NODE_ENV: "production",
    APP_ENV: "test",
    PORT: String(options.port),
    HOST: "127.0.0.1",
    APP_ORIGIN: url,
    CLIENT_IP_FROM_SOCKET: "1",
    SERVER_TIMING: "1",
    // One process per core, as production should run it (serve.js); WEB_CONCURRENCY=1 to compare.
    WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? String(availableParallelism()),
  };
  const { child, logFile, tail, stop } = spawnLogged(`${app}-app`, ["--filter", `@tsunagu/${app}`, "start"], env, options.logDir);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (hasExited(child)) throw new Error(`The ${app} app exited before serving ${url} (log: ${logFile})\n${tail.toString()}`);
    const healthy = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { url, logFile, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The ${app} app did not answer ${url}/healthz within 60 s (log: ${logFile})\n${tail.toString()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The search worker as production runs it (`pnpm worker`, packages/search): its own process
 * with the indexer's key, woken by LISTEN/NOTIFY. Resolves once it says it is listening.
 */
export async function startSearchWorkerProcess(options: { env: NodeJS.ProcessEnv; logDir: string }): Promise<ServedProcess & { outagesNoticed(): number; lastRecoveredAt(): number | null }> {
  let listening = false;
  let outages = 0;
  let recoveredAt: number | null = null;
  const { child, logFile, tail, stop } = spawnLogged("search-worker", ["--filter", "@tsunagu/search", "worker"], options.env, options.logDir, (line) => {
    if (line.includes("listening for outbox events")) listening = true;
    // What `pnpm worker` prints when it finds Meilisearch gone (packages/search cli/worker.ts).
    if (line.includes("Meilisearch does not answer")) outages += 1;
    if (line.includes("Meilisearch is back")) recoveredAt = performance.now();
  });
  const deadline = Date.now() + 60_000;
  while (!listening) {
    if (hasExited(child)) throw new Error(`The search worker exited at start (log: ${logFile})\n${tail.toString()}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The search worker did not start within 60 s (log: ${logFile})\n${tail.toString()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { logFile, stop, outagesNoticed: () => outages, lastRecoveredAt: () => recoveredAt };
}
