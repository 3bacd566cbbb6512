import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { claimEphemeralDir, EPHEMERAL_PREFIX, reapAbandonedEphemeralRuns } from "./abandoned-runs";
import { startMailCatcher, type MailCatcher } from "./mail";
import { startMeilisearch, type RunningMeilisearch } from "./meilisearch";
import { defaultDataRoot } from "./paths";
import { pickPort } from "./ports";
import { readOrCreateSecret } from "./secrets";
import { startPostgres, type RunningPostgres } from "./postgres";
import { onShutdownSignal } from "./shutdown";

export interface LocalServicesOptions {
  /** Root of local state (`postgres/`, `meilisearch/`); default `<repo>/.data`. Ignored when ephemeral. */
  dataDir?: string;
  /** Throw-away state in a fresh temporary directory, deleted by `stop()` (tests). */
  ephemeral?: boolean;
  /** Where DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY and SMTP_URL are read from. */
  env?: NodeJS.ProcessEnv;
  /** Ports to use when free, so dev URLs stay the same between runs; otherwise any free port. */
  preferredPorts?: { postgres?: number; meilisearch?: number; smtp?: number; mailViewer?: number };
  /** Start the mail catcher (default true) unless SMTP_URL points elsewhere. */
  mail?: boolean;
  /** Stop everything on SIGINT/SIGTERM and exit (for scripts that own the process). */
  stopOnSignals?: boolean;
  onNotice?: (message: string) => void;
}

export interface LocalServices {
  databaseUrl: string;
  /** Superuser (or at least CREATEDB) connection to the `postgres` maintenance database. */
  adminDatabaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  smtpUrl: string | null;
  mailViewerUrl: string | null;
  /** AUTH_SECRET for the apps: from the environment, else generated once and kept in the data dir. */
  authSecret: string;
  /** SEARCH_TOKEN_SECRET (exclusion tokens, R10) for the apps and workers, kept like authSecret. */
  searchTokenSecret: string;
  /** Handles of what this call started; null for servers given through the environment. */
  postgres: RunningPostgres | null;
  meilisearch: RunningMeilisearch | null;
  mail: MailCatcher | null;
  stop(): Promise<void>;
}

/** `postgresql://u:p@h/app` → the same server and credentials on the `postgres` database. */
function maintenanceUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "/postgres";
  return url.toString();
}

/**
 * PostgreSQL, Meilisearch and a mail catcher for local use. Any of them configured in the
 * environment (the production path: managed PostgreSQL, Meilisearch Cloud, a real SMTP relay) is
 * used as is and nothing is started for it.
 */
export async function startLocalServices(
  options: LocalServicesOptions = {},
): Promise<LocalServices> {
  const env = options.env ?? process.env;
  const ports = options.preferredPorts ?? {};
  if (env.MEILI_URL && !env.MEILI_MASTER_KEY) {
    throw new Error(
      "MEILI_URL is set but MEILI_MASTER_KEY is not: set both to use an external Meilisearch.",
    );
  }

  if (options.ephemeral) await reapAbandonedEphemeralRuns();
  const dataDir = options.ephemeral
    ? await mkdtemp(join(tmpdir(), EPHEMERAL_PREFIX))
    : (options.dataDir ?? defaultDataRoot());
  if (options.ephemeral) {
    await claimEphemeralDir(dataDir);
    // mkdtemp makes the directory 700; the postgres OS user must be able to traverse it.
    await chmod(dataDir, 0o755);
  }

  const started: Array<() => Promise<void>> = [];
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      // Reverse start order; each service stops even if another fails to.
      for (const stopOne of started.reverse()) {
        await stopOne().catch((error: unknown) =>
          (options.onNotice ?? console.warn)(`Stopping a service failed: ${String(error)}`),
        );
      }
      if (options.ephemeral) await rm(dataDir, { recursive: true, force: true });
    })();
    return stopped;
  };

  const durability = options.ephemeral ? "ephemeral" : "durable";
  // Started side by side (PostgreSQL's first initdb dominates); allSettled so that when one fails,
  // the others are still stopped instead of being left running.
  const results = await Promise.allSettled([
    env.DATABASE_URL
      ? null
      : startPostgres({
          dataDir: join(dataDir, "postgres"),
          port: options.ephemeral ? undefined : await pickPort(ports.postgres),
          durability,
          onNotice: options.onNotice,
        }),
    env.MEILI_URL
      ? null
      : startMeilisearch({
          dataDir: join(dataDir, "meilisearch"),
          port: options.ephemeral ? undefined : await pickPort(ports.meilisearch),
          overrideBinary: env.MEILI_BIN,
          onNotice: options.onNotice,
        }),
    env.SMTP_URL || options.mail === false
      ? null
      : startMailCatcher({
          smtpPort: options.ephemeral ? 0 : await pickPort(ports.smtp),
          viewerPort: options.ephemeral ? 0 : await pickPort(ports.mailViewer),
        }),
  ]);
  for (const result of results) {
    if (result.status === "fulfilled" && result.value) started.push(result.value.stop);
  }
  const failure = results.find(
    (result): result is PromiseRejectedResult => result.status === "rejected",
  );
  if (failure) {
    await stop();
    throw failure.reason;
  }
  const [postgres, meilisearch, mail] = results.map(
    (result) => (result as PromiseFulfilledResult<unknown>).value,
  ) as [RunningPostgres | null, RunningMeilisearch | null, MailCatcher | null];

  const databaseUrl = postgres?.url ?? (env.DATABASE_URL as string);
  // Persisted so sessions and sealed OAuth sign-ups survive a `pnpm dev` restart.
  const authSecret =
    env.AUTH_SECRET || (await readOrCreateSecret(join(dataDir, "auth-secret"), 32));
  const searchTokenSecret =
    env.SEARCH_TOKEN_SECRET || (await readOrCreateSecret(join(dataDir, "search-token-secret"), 32));
  if (options.stopOnSignals) onShutdownSignal(stop);
  return {
    databaseUrl,
    adminDatabaseUrl: postgres?.adminUrl ?? env.ADMIN_DATABASE_URL ?? maintenanceUrl(databaseUrl),
    meiliUrl: meilisearch?.url ?? (env.MEILI_URL as string),
    meiliMasterKey: meilisearch?.masterKey ?? (env.MEILI_MASTER_KEY as string),
    smtpUrl: mail?.smtpUrl ?? env.SMTP_URL ?? null,
    mailViewerUrl: mail?.viewerUrl ?? null,
    authSecret,
    searchTokenSecret,
    postgres,
    meilisearch,
    mail,
    stop,
  };
}
