/**
 * Playwright global setup: real services (ephemeral), migrations, the demo world, and each app
 * built once and served from its build, as in production. Started here rather than through
 * `webServer`, because Playwright starts web servers before global setup runs, so they could not
 * receive the database and Meilisearch URLs created here.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import {
  applyMigrations,
  ensureSearchKeys,
  isPortFree,
  seedDemoWorld,
  startLocalServices,
  type SearchKeys,
} from "@tsunagu/local-services";
import {
  backgroundWorkerAvailability,
  workerCommand,
} from "@tsunagu/local-services/background-workers";
import { findRepoRoot } from "@tsunagu/local-services/paths";
import { appUrl, E2E_APPS, type E2eApp } from "./apps";
import { startGoogleStandIn } from "./local-oidc";
import { spawnLogged } from "./logged-process";
import { serveBuiltApp, type ServedApp } from "./serve-app";

const repoRoot = findRepoRoot();

const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * One turbo run builds the three apps side by side, after what they depend on (the generated
 * Prisma client), and replays unchanged builds from its cache.
 */
function buildApps(): Promise<void> {
  const filters = E2E_APPS.flatMap((app) => ["--filter", app.filter]);
  return new Promise((resolve, reject) => {
    const child = spawn(
      "pnpm",
      ["exec", "turbo", "run", "build", ...filters, "--output-logs=errors-only"],
      {
        cwd: repoRoot,
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`Building the apps failed (exit ${code}).`)),
    );
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const busy = [];
  for (const app of E2E_APPS)
    if (!(await isPortFree(app.port))) busy.push(`${app.port} (${app.name})`);
  if (busy.length)
    throw new Error(`Port ${busy.join(", ")} already in use. Is another e2e run still going?`);

  const started = Date.now();
  const build = buildApps().then(() => console.info(`e2e: apps built in ${elapsed(started)}`));
  const services = await startLocalServices({ ephemeral: true });
  const running: Array<Pick<ServedApp, "stop">> = [];
  const teardown = async () => {
    await Promise.all(running.map((process_) => process_.stop()));
    await services.stop();
  };

  try {
    // Seekers and employers sign in with Google (F1); admins never do.
    const oauthApps = E2E_APPS.filter((app) => app.name !== "admin");
    const google = oauthApps.length > 0 ? await startGoogleStandIn(oauthApps) : null;
    if (google) running.push({ stop: () => google.provider.close() });
    await applyMigrations(services.databaseUrl);
    await seedDemoWorld(services.databaseUrl);
    // As in production: each app and the worker get their role's key, not the master key.
    const searchKeys = await ensureSearchKeys(services.meiliUrl, services.meiliMasterKey);
    const appSearchKey: Record<E2eApp["name"], keyof SearchKeys> = {
      seeker: "seeker-app",
      employer: "employer-app",
      admin: "admin-app",
    };
    console.info(`e2e: services ready, migrated and seeded in ${elapsed(started)}`);
    await build;

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      APP_ENV: "test",
      // Behind a proxy, as in production: a test that makes many requests can speak for many
      // clients (the fuzz in security-checks.ts) without using up one address's sign-in limit.
      CLIENT_IP_HEADER: "X-Forwarded-For",
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      AUTH_SECRET: services.authSecret,
      SEARCH_TOKEN_SECRET: services.searchTokenSecret,
      ...(services.smtpUrl ? { SMTP_URL: services.smtpUrl } : {}),
    };
    delete env.MEILI_MASTER_KEY;
    const logDir = join(repoRoot, "test-results", "app-logs");
    running.push(
      ...(await Promise.all(
        E2E_APPS.map((app) =>
          serveBuiltApp(app, {
            repoRoot,
            env: {
              ...env,
              MEILI_API_KEY: searchKeys[appSearchKey[app.name]],
              ...(app.name === "admin" ? {} : google?.env),
            },
            logDir,
          }),
        ),
      )),
    );
    // Journeys that need the search index (R3: outbox → worker → Meilisearch) need the worker too.
    const employer = E2E_APPS.find((app) => app.name === "employer");
    const seeker = E2E_APPS.find((app) => app.name === "seeker");
    for (const { worker, available } of await backgroundWorkerAvailability()) {
      if (available) {
        running.push(
          spawnLogged({
            name: worker.name,
            pnpmArgs: workerCommand(worker),
            cwd: repoRoot,
            env: {
              ...env,
              MEILI_API_KEY: searchKeys[worker.searchKey],
              ...(employer ? { EMPLOYER_APP_ORIGIN: appUrl(employer) } : {}),
              ...(seeker ? { SEEKER_APP_ORIGIN: appUrl(seeker) } : {}),
            },
            logDir,
          }),
        );
      }
    }
    console.info(`e2e: apps serving after ${elapsed(started)}`);

    // Test workers are forked after global setup and inherit these: fixtures that create their own
    // users reach the same database, and mail tests read the catcher (MailViewerClient.fromEnv()).
    Object.assign(process.env, {
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
      AUTH_SECRET: services.authSecret,
      SEARCH_TOKEN_SECRET: services.searchTokenSecret,
      ...(services.smtpUrl ? { SMTP_URL: services.smtpUrl } : {}),
      ...(services.mailViewerUrl ? { MAIL_VIEWER_URL: services.mailViewerUrl } : {}),
      ...(google ? { LOCAL_OIDC_ISSUER: google.provider.issuer } : {}),
    });
  } catch (error) {
    await build.catch(() => undefined);
    await teardown();
    throw error;
  }
  return teardown;
}
