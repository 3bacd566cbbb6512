/**
 * `pnpm --filter @tsunagu/api housekeeping`: the platform's periodic chores until Ctrl-C, every
 * ten minutes: stored files that no upload row refers to any more (an account deleted with its
 * photo, a failed write) are deleted, and what a deletion kept (provision records, the request's
 * evidence, suppressed-address hashes) goes once its retention has run out (F7). `--once` runs
 * each chore once and exits.
 */
import { createDb, readDbEnv } from "@tsunagu/db";
import { fileStore } from "../services/photos/file-store";
import { removeOrphanFiles } from "../services/photos/profile-photo";
import { purgeExpiredRetention } from "../services/privacy-center/delete-account";

const INTERVAL_MS = 10 * 60 * 1000;
const { DATABASE_URL } = readDbEnv();
const db = createDb(DATABASE_URL);
const once = process.argv.includes("--once");
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());

async function chores() {
  try {
    const { removed } = await removeOrphanFiles(db, fileStore());
    if (removed) console.info(`housekeeping: ${removed} files nothing refers to were deleted`);
    const expired = await purgeExpiredRetention(db);
    const total = expired.provisionRecords + expired.requests + expired.suppressions;
    if (total)
      console.info(`housekeeping: ${total} retained records past their expiry were deleted`);
  } catch (error) {
    // Driver and file-system messages name no person.
    console.error(`housekeeping: ${error instanceof Error ? error.message : String(error)}`);
  }
}

await chores();
while (!once && !controller.signal.aborted) {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, INTERVAL_MS);
    controller.signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), {
      once: true,
    });
  });
  if (!controller.signal.aborted) await chores();
}
await db.$disconnect();
