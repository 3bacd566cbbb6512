/**
 * `pnpm search:keys [--json]`: creates (or confirms) the Meilisearch key of every role for
 * MEILI_INDEX_PREFIX and prints them, so each process can be given its own MEILI_API_KEY and
 * none the master key. Reads MEILI_URL and MEILI_MASTER_KEY. Safe to run again: same keys.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { ensureSearchKeys, SEARCH_KEY_GRANTS, SEARCH_KEY_ROLES } from "../keys";

const USAGE = `Usage: pnpm search:keys [--json]

Creates the Meilisearch API key of each role (seeker app, employer app, admin app, indexer) for
MEILI_INDEX_PREFIX, or confirms it, and prints them. Give each process its key as MEILI_API_KEY;
only this command and the process that starts Meilisearch need MEILI_MASTER_KEY.
Reads MEILI_URL, MEILI_MASTER_KEY and MEILI_INDEX_PREFIX (optional).`;

const { values } = parseArgs({
  options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.info(USAGE);
  process.exit(0);
}
const env = z
  .object({
    MEILI_URL: z.url(),
    MEILI_MASTER_KEY: z.string().min(16),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_-]*$/)
      .default(""),
  })
  .safeParse(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== "")));
if (!env.success) {
  // Names only: never echo a value that may be a secret.
  const names = [...new Set(env.error.issues.map((issue) => String(issue.path[0])))].join(", ");
  console.error(`Missing or invalid: ${names}.\n\n${USAGE}`);
  process.exit(2);
}

try {
  const { MEILI_URL: url, MEILI_MASTER_KEY: masterKey, MEILI_INDEX_PREFIX: prefix } = env.data;
  const keys = await ensureSearchKeys({ url, masterKey, prefix });
  if (values.json) {
    console.info(JSON.stringify(keys, null, 2));
  } else {
    console.info(
      `Meilisearch keys at ${url} for index prefix "${prefix}" (the same on every run):\n`,
    );
    for (const role of SEARCH_KEY_ROLES) {
      const grant = SEARCH_KEY_GRANTS[role];
      console.info(`${role}: ${grant.usedBy}`);
      console.info(`  may ${grant.actions.join(", ")} on ${grant.indexes(prefix).join(", ")}`);
      console.info(`  MEILI_API_KEY=${keys[role]}\n`);
    }
  }
} catch (error) {
  console.error(
    `Could not create the keys: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
