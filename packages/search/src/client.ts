import { Meilisearch, type Index } from "meilisearch";
import type { RedactedResume } from "@tsunagu/privacy";
import { searchEnv } from "./env";
import { JOB_INDEX_SETTINGS, RESUME_INDEX_SETTINGS } from "./settings";

export type IndexKind = "resumes" | "jobs";

const SETTINGS = { resumes: RESUME_INDEX_SETTINGS, jobs: JOB_INDEX_SETTINGS } as const;

/** Index names carry a prefix so test workers and environments never share an index. */
export function indexName(kind: IndexKind, prefix = searchEnv().MEILI_INDEX_PREFIX): string {
  return `${prefix}${kind}`;
}

let client: Meilisearch | undefined;

export function searchClient(): Meilisearch {
  const env = searchEnv();
  client ??= new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY });
  return client;
}

export function resumeIndex(name = indexName("resumes")): Index<RedactedResume> {
  return searchClient().index<RedactedResume>(name);
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
