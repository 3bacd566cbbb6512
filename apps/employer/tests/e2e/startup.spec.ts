import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

const appDir = fileURLToPath(new URL("../..", import.meta.url));

/** Starts the production build the way `pnpm start` does, with the given environment. */
function startBuiltServer(
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["node_modules/@remix-run/serve/dist/cli.js", "build/server/index.js"],
      {
        cwd: appDir,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`The server kept running without DATABASE_URL:\n${output}`));
    }, 15_000);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test("the built server refuses to start without DATABASE_URL and says why", async () => {
  const { code, output } = await startBuiltServer({
    PATH: process.env.PATH,
    NODE_ENV: "production",
    PORT: "0",
  });
  expect(code).not.toBe(0);
  expect(output).toContain("@tsunagu/employer cannot start");
  expect(output).toContain("DATABASE_URL is not set");
});
