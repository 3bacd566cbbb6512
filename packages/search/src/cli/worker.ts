/** `pnpm worker`: keeps the search index in step with the outbox until Ctrl-C. */
import { runSearchWorker } from "../worker";
import { requireCliEnv } from "./env";

const { databaseUrl } = requireCliEnv();
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());

console.info("search worker: listening for outbox events (Ctrl-C to stop)");
await runSearchWorker({
  databaseUrl,
  signal: controller.signal,
  onBatch: (r) => console.info(`search worker: ${r.claimed} events → ${r.upserted} indexed, ${r.deleted} removed${r.failed ? `, ${r.failed} failed (will retry)` : ""}`),
  // Messages come from Meilisearch or the driver and carry no document content.
  onError: (error) => console.error(`search worker: ${error instanceof Error ? error.message : String(error)}`),
});
console.info("search worker: stopped");
