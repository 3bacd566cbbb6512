import { hasExited } from "@tsunagu/local-services/processes";
import { appUrl, type E2eApp } from "./apps";
import { spawnLogged } from "./logged-process";

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

/** Serves a built app with its `start` script (the app-kit server) on 127.0.0.1:<app port>. */
export async function serveBuiltApp(
  app: E2eApp,
  options: { repoRoot: string; env: NodeJS.ProcessEnv; logDir: string },
): Promise<ServedApp> {
  const server = spawnLogged({
    name: app.name,
    pnpmArgs: ["--filter", app.filter, "start"],
    cwd: options.repoRoot,
    env: { ...options.env, PORT: String(app.port), HOST: "127.0.0.1", NODE_ENV: "production" },
    logDir: options.logDir,
  });
  try {
    await waitUntilServing(
      appUrl(app),
      () => hasExited(server.child),
      () => `The ${app.name} app (log: ${server.logFile})\n${server.tail.toString()}\n`,
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { app, stop: server.stop };
}
