/**
 * `pnpm db:seed`                       seed the demo world (once; a second run does nothing)
 * `pnpm db:seed --resumes 100000`      add N synthetic seekers for benchmarks
 *
 * Reads DATABASE_URL. Options for --resumes: --batch-size <n>, --seed <n>.
 */
import { parseArgs } from "node:util";

import cliProgress from "cli-progress";

import { readDbEnv } from "../env";
import { seedDemoWorld, DEMO_EMAIL_DOMAIN } from "./demo-world";
import { generateResumes } from "./synthetic/generate-resumes";

const USAGE = `Usage: seed [--resumes <count> [--batch-size <n>] [--seed <n>]]

Without options, seeds the demo world (idempotent). With --resumes, adds that many synthetic
seekers (mostly searchable, consent granted) for benchmarks. Reads DATABASE_URL.`;

function positiveInteger(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      resumes: { type: "string" },
      "batch-size": { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.info(USAGE);
    return;
  }
  const { DATABASE_URL } = readDbEnv();
  const resumes = positiveInteger("--resumes", values.resumes);

  if (resumes === undefined) {
    const started = performance.now();
    const { seeded } = await seedDemoWorld(DATABASE_URL);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      seeded
        ? `Seeded the demo world in ${seconds} s. Demo accounts: seeker1…seeker30@${DEMO_EMAIL_DOMAIN}, owner.sakura@${DEMO_EMAIL_DOMAIN}, recruiter.sakura@${DEMO_EMAIL_DOMAIN}, … (without passwords: pnpm dev sets the demo password on the database it starts)`
        : "The demo world is already seeded; nothing to do.",
    );
    return;
  }

  const bar = new cliProgress.SingleBar(
    {
      format:
        "Synthetic resumes |{bar}| {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}",
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5_000,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(resumes, 0, { rate: 0 });
  try {
    const result = await generateResumes(DATABASE_URL, {
      count: resumes,
      batchSize: positiveInteger("--batch-size", values["batch-size"]),
      seed: positiveInteger("--seed", values.seed),
      onProgress: (written) =>
        bar.update(written, { rate: Math.round(written / ((performance.now() - started) / 1000)) }),
    });
    bar.stop();
    const rows = Object.entries(result.rows)
      .map(([table, n]) => `${table} ${n.toLocaleString("en")}`)
      .join(", ");
    console.info(
      `Wrote ${result.seekers.toLocaleString("en")} synthetic seekers in ${(result.elapsedMs / 1000).toFixed(1)} s (run ${result.runId}): ${rows}.`,
    );
    console.info(
      result.bulk
        ? "Row triggers were skipped; one search outbox event per seeker was written instead."
        : "Row triggers fired for every row (this role may not skip them, which is slower).",
    );
  } catch (error) {
    bar.stop();
    throw error;
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError &&
        "code" in error &&
        String(error.code).startsWith("ERR_PARSE_ARGS"))
    ) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
