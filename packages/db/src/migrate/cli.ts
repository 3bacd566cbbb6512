/**
 * `pnpm db:migrate` / `db:migrate:create <name>` / `db:migrate:status`, offline.
 *
 *   migrate deploy                       apply pending migrations
 *   migrate create <name>                write a migration for the schema change
 *   migrate status                       list pending / failed migrations (exit 1 unless up to date)
 *   migrate resolve --applied <name>     record a migration as applied without running it
 *   migrate resolve --rolled-back <name> mark a failed migration as rolled back
 *
 * Reads DATABASE_URL. Options: --schema <path>, --migrations <dir>.
 */
import { parseArgs } from "node:util";

import {
  applyMigrations,
  assertDatabaseUrl,
  createMigration,
  markMigrationApplied,
  markMigrationRolledBack,
  MigrateError,
  migrationStatus,
  type MigrateOptions,
} from "./index";
import { displayPath, DEFAULT_MIGRATIONS_DIR } from "./files";

const USAGE = `Usage: migrate <command> [options]

Commands:
  deploy                         Apply pending migrations
  create <name>                  Create a migration from the schema change
  status                         Show pending and failed migrations (exit 1 unless up to date)
  resolve --applied <name>       Record a migration as applied without running it
  resolve --rolled-back <name>   Mark a failed migration as rolled back

Options:
  --schema <path>       Prisma schema (default prisma/schema.prisma)
  --migrations <dir>    Migrations folder (default prisma/migrations)

Reads the database from DATABASE_URL.`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

function where(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${decodeURIComponent(url.pathname.slice(1)) || "(default)"} on ${url.hostname || "localhost"}${url.port ? `:${url.port}` : ""}`;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      schema: { type: "string" },
      migrations: { type: "string" },
      applied: { type: "string" },
      "rolled-back": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    console.info(USAGE);
    return command === undefined && !values.help ? 1 : 0;
  }
  const opts: MigrateOptions = { schemaPath: values.schema, migrationsDir: values.migrations };
  const migrationsDir = displayPath(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const started = performance.now();

  switch (command) {
    case "deploy": {
      const databaseUrl = assertDatabaseUrl(process.env.DATABASE_URL);
      const applied = await applyMigrations(databaseUrl, opts);
      if (applied.length === 0) {
        console.info(
          `No pending migrations to apply (${where(databaseUrl)}, ${seconds(started)}).`,
        );
      } else {
        console.info(`Applied ${plural(applied.length, "migration")} to ${where(databaseUrl)}:`);
        for (const name of applied) console.info(`  ${name}`);
        console.info(`Done in ${seconds(started)}.`);
      }
      return 0;
    }
    case "create": {
      const name = rest.join(" ").trim();
      if (name === "")
        throw new MigrateError("Missing migration name: pnpm db:migrate:create <name>");
      const databaseUrl = assertDatabaseUrl(process.env.DATABASE_URL);
      const dir = await createMigration(databaseUrl, name, opts);
      if (dir === null) {
        console.info(`No schema changes: no migration created (${seconds(started)}).`);
      } else {
        console.info(`Created ${displayPath(dir)}/migration.sql (${seconds(started)}).`);
        console.info("Review it, then apply it with: pnpm db:migrate");
      }
      return 0;
    }
    case "status": {
      const databaseUrl = assertDatabaseUrl(process.env.DATABASE_URL);
      const status = await migrationStatus(databaseUrl, opts);
      console.info(
        `${plural(status.local.length, "migration")} in ${migrationsDir}; ${status.applied.length} applied to ${where(databaseUrl)}.`,
      );
      const section = (title: string, names: string[]) => {
        if (names.length === 0) return;
        console.info(`${title}:`);
        for (const name of names) console.info(`  ${name}`);
      };
      section("Not yet applied", status.pending);
      section(
        "Failed (fix, then `migrate resolve --rolled-back <name>` or `--applied <name>`)",
        status.failed,
      );
      section("Edited after being applied (checksum differs)", status.edited);
      section("Applied to the database but missing from the folder", status.missingLocally);
      if (status.upToDate) {
        console.info(`Database schema is up to date (${seconds(started)}).`);
        return 0;
      }
      if (
        status.pending.length > 0 &&
        status.failed.length === 0 &&
        status.missingLocally.length === 0
      ) {
        console.info("Apply them with: pnpm db:migrate");
      }
      return 1;
    }
    case "resolve": {
      const databaseUrl = assertDatabaseUrl(process.env.DATABASE_URL);
      if (values.applied) {
        await markMigrationApplied(databaseUrl, values.applied, opts);
        console.info(`Recorded ${values.applied} as applied.`);
      } else if (values["rolled-back"]) {
        await markMigrationRolledBack(databaseUrl, values["rolled-back"]);
        console.info(`Marked ${values["rolled-back"]} as rolled back.`);
      } else {
        throw new MigrateError("resolve needs --applied <name> or --rolled-back <name>.");
      }
      return 0;
    }
    default:
      console.error(`Unknown command ${JSON.stringify(command)}.\n\n${USAGE}`);
      return 1;
  }
}

// A panic inside the WASM engine ends in a trap that escapes as an uncaught exception; the
// library notices the panic itself, cleans up and rejects, and main() reports it below.
process.on("uncaughtException", (error) => {
  if (error.name === "RuntimeError") return;
  console.error(error);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof MigrateError) {
      console.error(`Error${error.code ? ` ${error.code}` : ""}: ${error.message}`);
    } else if (
      error instanceof Error &&
      error.name === "TypeError" &&
      "code" in error &&
      String(error.code).startsWith("ERR_PARSE_ARGS")
    ) {
      console.error(`${error.message}\n\n${USAGE}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
