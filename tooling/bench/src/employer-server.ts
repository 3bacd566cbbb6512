import { spawn } from "node:child_process";
import { join } from "node:path";
import { findRepoRoot } from "@tsunagu/local-services/paths";
import { isPortFree } from "@tsunagu/local-services/ports";
import { hasExited, logToFile, OutputTail, forEachLine, stopChild } from "@tsunagu/local-services/processes";
import { onShutdownSignal } from "@tsunagu/local-services/shutdown";

const repoRoot = findRepoRoot();

/** Builds the employer app for production; turbo replays an unchanged build from its cache. */
export function buildEmployerApp(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("pnpm", ["exec", "turbo", "run", "build", "--filter", "@tsunagu/employer", "--output-logs=errors-only"], {
      cwd: repoRoot,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`Building the employer app failed (exit ${code}).`))));
  });
}

export interface ServedEmployerApp {
  url: string;
  logFile: string;
  stop(): Promise<void>;
}

/**
 * The built employer app served as production serves it (the app-kit server, NODE_ENV
 * production) on 127.0.0.1:`port`, so that N1 crosses HTTP, Remix, the tRPC handler and output
 * validation as a recruiter's browser does. APP_ENV=test only lets it start with SERVER_TIMING=1
 * (the phase breakdown) and without a proxy in front.
 */
export async function serveEmployerApp(options: { port: number; env: NodeJS.ProcessEnv; logDir: string }): Promise<ServedEmployerApp> {
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
  };
  const child = spawn("pnpm", ["--filter", "@tsunagu/employer", "start"], { cwd: repoRoot, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const logFile = join(options.logDir, "employer-app.log");
  logToFile(child, logFile);
  const tail = new OutputTail();
  forEachLine(child.stdout!, (line) => tail.push(line));
  forEachLine(child.stderr!, (line) => tail.push(line));
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopChild(child, { signal: "SIGTERM", graceMs: 5_000, processGroup: true }));
  // Ctrl-C during the run stops the app too, not only the database and Meilisearch.
  onShutdownSignal(stop);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (hasExited(child)) throw new Error(`The employer app exited before serving ${url} (log: ${logFile})\n${tail.toString()}`);
    const healthy = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { url, logFile, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The employer app did not answer ${url}/healthz within 60 s (log: ${logFile})\n${tail.toString()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
