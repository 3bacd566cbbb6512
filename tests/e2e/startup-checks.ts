import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { findFreePort } from "@tsunagu/local-services";

/**
 * What every app's production build must do at start: refuse to run without its database
 * configuration, and report an unreachable database on /healthz. One definition for the three
 * apps; each app's startup.spec.ts calls it with its name.
 */
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Starts the production build the way `pnpm start` does, with exactly the given environment. */
export function startBuiltServer(
  appDir: string,
  env: Record<string, string>,
): {
  child: ChildProcess;
  output: () => string;
} {
  const child = spawn(process.execPath, ["node_modules/@tsunagu/app-kit/server/serve.js"], {
    cwd: appDir,
    env: { PATH: process.env.PATH, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

function exitOf(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`still running after ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

export function builtServerStartupTests(APP: "seeker" | "employer" | "admin"): void {
  const appDir = join(repoRoot, "apps", APP);

  test("the built server refuses to start without DATABASE_URL and says why", async () => {
    const { child, output } = startBuiltServer(appDir, { PORT: String(await findFreePort()) });
    try {
      expect(await exitOf(child, 15_000)).not.toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
    expect(output()).toContain(`@tsunagu/${APP} cannot start`);
    expect(output()).toContain("DATABASE_URL is not set");
  });

  test("/healthz answers 503 with db unavailable when PostgreSQL cannot be reached", async () => {
    const port = await findFreePort();
    // Port 9 (discard) is closed on any machine that runs tests: the connection is refused.
    const { child, output } = startBuiltServer(appDir, {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: "postgresql://tsunagu@127.0.0.1:9/tsunagu",
      APP_ORIGIN: `http://127.0.0.1:${port}`,
      AUTH_SECRET: "startup-test-only-secret-0123456789abcdef",
      CLIENT_IP_FROM_SOCKET: "1",
    });
    try {
      await expect
        .poll(
          () =>
            fetch(`http://127.0.0.1:${port}/healthz`).then(
              (r) => r.status,
              () => 0,
            ),
          { timeout: 20_000 },
        )
        .toBe(503);
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await response.json()).toEqual({ status: "error", app: APP, db: "unavailable" });
      expect(output()).toContain("Database health check failed");
    } finally {
      child.kill("SIGTERM");
    }
  });
}
