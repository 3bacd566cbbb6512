import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  logToFile,
  OutputTail,
  forEachLine,
  hasExited,
  stopChild,
} from "@tsunagu/local-services/processes";
import { appUrl, type E2eApp } from "./apps";

export interface ServedApp {
  app: E2eApp;
  stop(): Promise<void>;
}

async function waitUntilServing(
  url: string,
  isDead: () => boolean,
  describe: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (isDead()) throw new Error(`${describe()} exited before serving ${url}`);
    try {
      // Any HTTP answer means the server is up; whether pages work is for the tests to say.
      await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: "manual" });
      return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${describe()} did not serve ${url} within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Serves a built app with `remix-serve` (its `start` script) on 127.0.0.1:<app port>. */
export async function serveBuiltApp(
  app: E2eApp,
  options: { repoRoot: string; env: NodeJS.ProcessEnv; logDir: string },
): Promise<ServedApp> {
  await mkdir(options.logDir, { recursive: true });
  const child = spawn("pnpm", ["--filter", app.filter, "start"], {
    cwd: options.repoRoot,
    env: { ...options.env, PORT: String(app.port), HOST: "127.0.0.1", NODE_ENV: "production" },
    // Own process group: teardown stops pnpm and the server it started together.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logFile = join(options.logDir, `${app.name}.log`);
  logToFile(child, logFile);
  const tail = new OutputTail();
  forEachLine(child.stdout, (line) => tail.push(line));
  forEachLine(child.stderr, (line) => tail.push(line));
  const stop = () => stopChild(child, { signal: "SIGTERM", graceMs: 5_000, processGroup: true });
  try {
    await waitUntilServing(
      appUrl(app),
      () => hasExited(child),
      () => `The ${app.name} app (log: ${logFile})\n${tail.toString()}\n`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { app, stop };
}
