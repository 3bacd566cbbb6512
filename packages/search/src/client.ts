import { Meilisearch, type Index } from "meilisearch";
import type { PublicJobDocument, RedactedResume } from "@tsunagu/privacy";
import { searchEnv } from "./env";
import { JOB_INDEX_SETTINGS, RESUME_INDEX_SETTINGS } from "./settings";

export type IndexKind = "resumes" | "jobs";

const SETTINGS = { resumes: RESUME_INDEX_SETTINGS, jobs: JOB_INDEX_SETTINGS } as const;

/** Index names carry a prefix so test workers and environments never share an index. */
export function indexName(kind: IndexKind, prefix = searchEnv().MEILI_INDEX_PREFIX): string {
  return `${prefix}${kind}`;
}

/**
 * How long a write may wait for Meilisearch to apply it. The client's 5 s default is too short
 * for settings changes or large batches on a busy two-core machine; a write that times out is
 * retried through the outbox anyway.
 */
export const TASK_WAIT = { timeout: 60_000, interval: 25 };

let client: Meilisearch | undefined;

export function searchClient(): Meilisearch {
  const env = searchEnv();
  client ??= new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_API_KEY, defaultWaitOptions: TASK_WAIT });
  return client;
}

export function resumeIndex(name = indexName("resumes")): Index<RedactedResume> {
  return searchClient().index<RedactedResume>(name);
}

export function jobIndex(name = indexName("jobs")): Index<PublicJobDocument> {
  return searchClient().index<PublicJobDocument>(name);
}

/** Creates the index if needed and applies its settings, waiting until they are in force. */
export async function ensureIndex(kind: IndexKind, name = indexName(kind)): Promise<void> {
  const meili = searchClient();
  await meili.createIndex(name, { primaryKey: "id" }).waitTask();
  const task = await meili.index(name).updateSettings(SETTINGS[kind]).waitTask();
  if (task.status !== "succeeded") {
    throw new Error(`Applying ${kind} index settings failed: ${task.error?.message ?? task.status}`);
  }
}
