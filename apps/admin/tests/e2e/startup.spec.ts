import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

const APP = "admin";
const appDir = fileURLToPath(new URL("../..", import.meta.url));

/** Starts the production build the way `pnpm start` does, with exactly the given environment. */
function startBuiltServer(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
} {
  const child = spawn(
    process.execPath,
    ["node_modules/@remix-run/serve/dist/cli.js", "build/server/index.js"],
    {
      cwd: appDir,
      env: { PATH: process.env.PATH, NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

test("the built server refuses to start without DATABASE_URL and says why", async () => {
  const { child, output } = startBuiltServer({ PORT: String(await freePort()) });
  try {
    expect(await exitOf(child, 15_000)).not.toBe(0);
  } finally {
    child.kill("SIGKILL");
  }
  expect(output()).toContain(`@tsunagu/${APP} cannot start`);
  expect(output()).toContain("DATABASE_URL is not set");
});

test("/healthz answers 503 with db unavailable when PostgreSQL cannot be reached", async () => {
  const port = await freePort();
  // Port 9 (discard) is closed on any machine that runs tests: the connection is refused.
  const { child, output } = startBuiltServer({
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: "postgresql://tsunagu@127.0.0.1:9/tsunagu",
    APP_ORIGIN: `http://127.0.0.1:${port}`,
    AUTH_SECRET: "startup-test-only-secret-0123456789abcdef",
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
