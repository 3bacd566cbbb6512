/** `pnpm search:verify [--repair]`: compares the database's searchable set with the index. */
import { createDb } from "@tsunagu/db";
import { verifyResumeIndex } from "../verify";
import { requireCliEnv } from "./env";

const { databaseUrl } = requireCliEnv();
const repair = process.argv.includes("--repair");
const db = createDb(databaseUrl);
try {
  const report = await verifyResumeIndex(db, { repair });
  const drift = report.missing.length + report.extra.length + report.stale.length;
  console.info(`database: ${report.expected} searchable resumes · index: ${report.indexed} documents`);
  console.info(`missing from index: ${report.missing.length} · must not be there: ${report.extra.length} · stale: ${report.stale.length}`);
  if (drift === 0) console.info("No drift.");
  else if (repair) console.info(`Repaired ${drift} documents through the outbox.`);
  else console.info("Run with --repair to fix it.");
  process.exitCode = drift > 0 && !repair ? 1 : 0;
} catch (error) {
  console.error(`Verify failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
