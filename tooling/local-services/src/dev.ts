/**
 * `pnpm dev`: local services (or the ones configured in the environment), migrations, demo data
 * once, then all three apps (and the search worker) in dev mode with prefixed output, on ports
 * that are free. An embedded Meilisearch that dies is started again (a few times). Ctrl-C or
 * SIGTERM stops the apps and workers, then the services. PostgreSQL always gets a fast shutdown
 * (from us, or from the terminal's Ctrl-C, which reaches it too), so the next run reuses its data.
 */
import { join } from "node:path";
import { backgroundWorkerAvailability, workerCommand } from "./background-workers";
import { findRepoRoot } from "./paths";
import { superviseMeilisearch, type MeilisearchSupervisor } from "./meilisearch-supervisor";
import { LOOPBACK, pickDistinctPorts } from "./ports";
import { redactDatabaseUrl } from "./postgres";
import { startLocalServices, type LocalServices } from "./services";
import { onShutdownSignal, shutdown } from "./shutdown";
import { supervise, type SupervisedProcess } from "./supervised";
import { applyMigrations, ensureSearchKeys, seedDemoWorld, setDemoPasswords } from "./workspace";

/**
 * Each app gets the Meilisearch key of its role (packages/search keys.ts), never the master key,
 * and its preferred port when free (else any free one: the banner says which).
 */
const APPS = [
  { name: "seeker", filter: "@tsunagu/seeker", preferredPort: 3000, searchKey: "seeker-app" },
  { name: "employer", filter: "@tsunagu/employer", preferredPort: 3001, searchKey: "employer-app" },
  { name: "admin", filter: "@tsunagu/admin", preferredPort: 3002, searchKey: "admin-app" },
] as const;

const repoRoot = findRepoRoot();
/** The apps and the worker read the same prefix (packages/search env.ts); keys are scoped to it. */
const searchPrefix = process.env.MEILI_INDEX_PREFIX ?? "";
const say = (message: string) => process.stdout.write(`${message}\n`);

/** What every child shares; MEILI_API_KEY is added per child and the master key stays here. */
function serviceEnv(services: LocalServices): NodeJS.ProcessEnv {
  const { MEILI_MASTER_KEY: _master, MEILI_API_KEY: _key, ...inherited } = process.env;
  return {
    ...inherited,
    APP_ENV: process.env.APP_ENV ?? "development",
    DATABASE_URL: services.databaseUrl,
    MEILI_URL: services.meiliUrl,
    AUTH_SECRET: services.authSecret,
    SEARCH_TOKEN_SECRET: services.searchTokenSecret,
    ...(services.smtpUrl ? { SMTP_URL: services.smtpUrl } : {}),
    ...(services.mailViewerUrl ? { MAIL_VIEWER_URL: services.mailViewerUrl } : {}),
    // Children write to a pipe, so they would drop colours the terminal can show (and keep
    // escape codes a log file cannot).
    ...(process.stdout.isTTY ? { FORCE_COLOR: "1" } : { NO_COLOR: "1" }),
  };
}

/**
 * The demo password on the demo accounts, and the banner rows that introduce them. Only on the
 * PostgreSQL this run started: a database given through DATABASE_URL may be shared, and a
 * public password does not belong there.
 */
async function demoSignIns(services: LocalServices): Promise<Array<[string, string]>> {
  if (!services.postgres) {
    say("Demo passwords not set: DATABASE_URL points at a database pnpm dev did not start.");
    return [];
  }
  try {
    const { accounts, password, passwordsSet, adminCreated } = await setDemoPasswords(
      services.databaseUrl,
    );
    if (passwordsSet || adminCreated) {
      const admin = adminCreated ? " and added the demo admin" : "";
      say(`Gave ${passwordsSet} demo accounts the demo password${admin}.`);
    }
    return [
      ["demo seeker", `${accounts.seeker}  (seeker app; complete, searchable resume)`],
      ["demo employer", `${accounts.employerOwner}  (employer app; owner, paid plan)`],
      ["demo admin", `${accounts.admin}  (admin app)`],
      ["demo password", `${password}  (every demo account; local only)`],
    ];
  } catch (error) {
    say(`Demo passwords not set: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

function printTable(rows: Array<[string, string]>): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  const line = "─".repeat(width + 2 + Math.max(...rows.map(([, value]) => value.length)));
  say(`\n${line}`);
  for (const [label, value] of rows) say(`${label.padEnd(width)}  ${value}`);
  say(`${line}\n`);
}

async function main(): Promise<void> {
  const running: SupervisedProcess[] = [];
  // Filled in as things start, so a failure or Ctrl-C at any point stops exactly what runs.
  const started: { services?: LocalServices; supervisor?: MeilisearchSupervisor } = {};
  onShutdownSignal(async () => {
    say("\nStopping…");
    started.supervisor?.stop();
    await Promise.all(running.map((processHandle) => processHandle.stop()));
    await started.services?.stop();
    say("Stopped.");
  });

  const startedAt = Date.now();
  say("Starting local services…");
  const services = await startLocalServices({
    dataDir: join(repoRoot, ".data"),
    preferredPorts: { postgres: 54320, meilisearch: 7700, smtp: 1025, mailViewer: 8025 },
    onNotice: say,
  });
  started.services = services;
  say(`Services ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  if (services.meilisearch)
    started.supervisor = superviseMeilisearch(services.meilisearch, { say });

  const applied = await applyMigrations(services.databaseUrl);
  say(
    applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.",
  );
  const { seeded } = await seedDemoWorld(services.databaseUrl);
  say(seeded ? "Seeded the demo world." : "Demo data already present; not seeding again.");
  const demo = await demoSignIns(services);

  const searchKeys = await ensureSearchKeys(
    services.meiliUrl,
    services.meiliMasterKey,
    searchPrefix,
  );
  const env = serviceEnv(services);
  const ports = await pickDistinctPorts(APPS.map((app) => app.preferredPort));
  for (const [index, app] of APPS.entries()) {
    const port = ports[index]!;
    running.push(
      supervise({
        name: app.name,
        command: "pnpm",
        // The app server in development mode: Vite in middleware mode, with the socket address
        // and CSP nonce the production server gives (packages/app-kit/server).
        args: [
          "--filter",
          app.filter,
          "exec",
          "tsunagu-app-server",
          "--dev",
          "--port",
          String(port),
          "--host",
          LOOPBACK,
        ],
        cwd: repoRoot,
        env: {
          ...env,
          // The app's origin (CSRF checks, links in mail) follows the port it really got.
          PORT: String(port),
          APP_ORIGIN: `http://${LOOPBACK}:${port}`,
          MEILI_API_KEY: searchKeys[app.searchKey],
        },
        colour: index,
        onExit: (code, signal) => say(`${app.name} exited (${signal ?? `code ${code}`}).`),
      }),
    );
  }
  const workerRows: Array<[string, string]> = [];
  for (const { worker, available } of await backgroundWorkerAvailability()) {
    if (!available) {
      workerRows.push([
        worker.name,
        `not started (${worker.packageDir} has no "${worker.script}" script)`,
      ]);
      continue;
    }
    running.push(
      supervise({
        name: worker.name,
        command: "pnpm",
        args: workerCommand(worker),
        cwd: repoRoot,
        env: {
          ...env,
          MEILI_API_KEY: searchKeys[worker.searchKey],
          EMPLOYER_APP_ORIGIN: `http://${LOOPBACK}:${ports[APPS.findIndex((app) => app.name === "employer")]}`,
          SEEKER_APP_ORIGIN: `http://${LOOPBACK}:${ports[APPS.findIndex((app) => app.name === "seeker")]}`,
        },
        colour: running.length,
        onExit: (code, signal) => say(`${worker.name} exited (${signal ?? `code ${code}`}).`),
      }),
    );
    workerRows.push([worker.name, "running"]);
  }

  printTable([
    ...APPS.map((app, index): [string, string] => [
      app.name,
      `http://${LOOPBACK}:${ports[index]}${ports[index] === app.preferredPort ? "" : ` (${app.preferredPort} is taken)`}`,
    ]),
    [
      "mail viewer",
      services.mailViewerUrl ?? `none (sending through ${services.smtpUrl ?? "no SMTP"})`,
    ],
    [
      "meilisearch",
      `${services.meiliUrl}${services.meilisearch ? " (master key in .data/meilisearch/master-key)" : ""}`,
    ],
    ["database", redactDatabaseUrl(services.databaseUrl)],
    ...workerRows,
    ...demo,
  ]);
  say("Press Ctrl-C to stop everything.");
}

main().catch(async (error: unknown) => {
  process.stderr.write(
    `\npnpm dev failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  // Through the shutdown path so services started before the failure are stopped too.
  shutdown(1);
});
