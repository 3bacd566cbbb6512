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
  onSearchUnreachable: () => console.warn("search worker: Meilisearch does not answer; waiting for it (asking /health every 300 ms)"),
  onSearchRecovered: ({ downForMs, madeDue }) =>
    console.info(`search worker: Meilisearch is back after ${(downForMs / 1000).toFixed(1)} s; retrying ${madeDue} events now`),
});
console.info("search worker: stopped");
