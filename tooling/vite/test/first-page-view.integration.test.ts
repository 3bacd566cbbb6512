/**
 * The first page view of a freshly installed app hydrates (see src/dev-dependencies.js): the
 * seeker app's real dev server, started with an empty Vite cache, in the system Chromium.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("../../../apps/seeker", import.meta.url));

async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

let workDir: string;
let cacheDir: string;
let server: ChildProcess;
let serverOutput = "";
let baseUrl: string;
let browser: Browser;

async function waitUntilServing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`dev server exited:\n${serverOutput}`);
    try {
      await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`dev server did not start:\n${serverOutput}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Waits until the optimizer is idle: it bundles into `deps_temp_*` before replacing `deps`. */
async function optimizerSettled(): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const entries = await readdir(cacheDir).catch(() => [] as string[]);
    if (entries.includes("deps") && !entries.some((name) => name.startsWith("deps_temp"))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the Vite optimizer was still busy after 10 s:\n${serverOutput}`);
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "first-page-view-"));
  cacheDir = join(workDir, "vite-cache");
  // The app's own config with a cache directory of its own: empty, like after a fresh install,
  // and out of the way of a `pnpm dev` running from the same checkout.
  const config = join(workDir, "vite.config.mjs");
  await writeFile(
    config,
    `import config from ${JSON.stringify(join(appDir, "vite.config.ts"))};\n` +
      `export default { ...config, root: ${JSON.stringify(appDir)}, cacheDir: ${JSON.stringify(cacheDir)} };\n`,
  );
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  // The app server in development mode, as `pnpm dev` runs it (Vite in middleware mode).
  const appServer = createRequire(join(appDir, "package.json")).resolve("@tsunagu/app-kit/server/serve.js");
  server = spawn(
    process.execPath,
    [appServer, "--dev", "--vite-config", config, "--port", String(port), "--host", "127.0.0.1"],
    {
      cwd: appDir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "development",
        APP_ENV: "development",
        DATABASE_URL: process.env.DATABASE_URL,
        AUTH_SECRET: randomBytes(32).toString("hex"),
        NO_COLOR: "1",
      },
    },
  );
  for (const stream of [server.stdout, server.stderr]) {
    stream?.on("data", (chunk: Buffer) => (serverOutput += chunk.toString()));
  }
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath))
    throw new Error(`No Chromium at ${executablePath} (set CHROMIUM_PATH)`);
  [browser] = await Promise.all([
    chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] }),
    waitUntilServing(baseUrl, 30_000),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid !== undefined && server.exitCode === null) {
    // Its own process group: the dev server and the esbuild service it started.
    process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  await rm(workDir, { recursive: true, force: true });
});

describe("the seeker app's dev server from an empty Vite cache", () => {
  it("hydrates the very first page view: no console error, no reload, React handles typing", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    // Vite answers a late-found dependency with a full reload: a second document load.
    let documentLoads = 0;
    page.on("load", () => (documentLoads += 1));
    const started = performance.now();

    await page.goto(`${baseUrl}/sign-up`, { waitUntil: "load", timeout: 30_000 });
    try {
      await page.locator('input[name="password"]').fill("twelve-chars", { timeout: 10_000 });
      // Only React updates the count as one types (the server rendered 0).
      await page.getByText("12 characters (at least 10)").waitFor({ timeout: 10_000 });
    } catch (error) {
      throw new Error(`The page did not hydrate: ${String(error)}\n${problems.join("\n")}`);
    }
    const hydratedMs = performance.now() - started;
    await optimizerSettled();
    // A reload would be on its way by now; give it the time to arrive.
    await page.waitForTimeout(500);

    console.info(`first page view hydrated ${Math.round(hydratedMs)} ms after the request`);
    expect(problems).toEqual([]);
    expect(documentLoads).toBe(1);
    expect(serverOutput).not.toMatch(/optimized dependencies changed|new dependencies optimized/);
    await page.close();
  }, 60_000);
});
