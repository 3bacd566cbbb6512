/** `pnpm search:reindex`: zero-downtime rebuild of the resume index with a progress bar. */
import { SingleBar, Presets } from "cli-progress";
import { createDb } from "@tsunagu/db";
import { reindexResumes } from "../reindex";
import { requireCliEnv } from "./env";

const { databaseUrl } = requireCliEnv();
const db = createDb(databaseUrl);
const bar = new SingleBar({ format: "reindex |{bar}| {value}/{total} resumes · {indexed} searchable · {eta_formatted} left" }, Presets.shades_classic);
let started = false;
try {
  const result = await reindexResumes(db, {
    onProgress: ({ done, total, indexed }) => {
      if (!started) {
        bar.start(total, 0, { indexed: 0 });
        started = true;
      }
      bar.update(done, { indexed });
    },
  });
  bar.stop();
  console.info(
    `Reindexed ${result.scanned} resumes (${result.indexed} searchable, ${result.replayed} changes replayed) in ${result.seconds.toFixed(1)} s; the new index is live.`,
  );
} catch (error) {
  bar.stop();
  console.error(`Reindex failed; the live index is untouched: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
