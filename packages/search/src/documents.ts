import type { Db } from "@tsunagu/db";
import { toPublicJobDocument } from "@tsunagu/privacy";
import type { Index } from "meilisearch";
import { loadJobsById } from "./job-source";
import { exclusionTokenizer } from "./exclusions";
import { toResumeSearchDocument } from "./resume-document";
import { loadResumesBySearchKey } from "./resume-source";

export type AggregateKind = "RESUME" | "JOB";

type Reader = Pick<Db, "$queryRaw" | "job">;

/**
 * The document each key must have in the index now, or null where it must not be there: always
 * recomputed from the database through the privacy projections (R1, R2, R8).
 */
export async function buildDocuments(
  db: Reader,
  kind: AggregateKind,
  keys: readonly string[],
  asOf: Date,
): Promise<Map<string, object | null>> {
  if (kind === "RESUME") {
    const resumes = await loadResumesBySearchKey(db, keys);
    const tokenize = exclusionTokenizer();
    return new Map(keys.map((key) => {
      const resume = resumes.get(key);
      return [key, resume ? toResumeSearchDocument(resume, asOf, tokenize) : null];
    }));
  }
  const jobs = await loadJobsById(db, keys);
  return new Map(keys.map((key) => {
    const job = jobs.get(key);
    return [key, job ? toPublicJobDocument(job) : null];
  }));
}

async function confirmed(task: { waitTask: () => Promise<{ status: string; error?: { message?: string } | null }> }) {
  const result = await task.waitTask();
  if (result.status !== "succeeded") throw new Error(`Meilisearch task ${result.status}: ${result.error?.message ?? "no detail"}`);
}

const WRITE_CHUNK = 5000;

/** Full replace for documents, delete for nulls; resolves once Meilisearch has applied both. */
export async function writeDocuments<T extends object>(
  index: Index<T>,
  documents: Map<string, object | null>,
): Promise<{ upserted: number; deleted: number }> {
  // The builders produce exactly the index's document type for its kind.
  const upserts = [...documents.values()].filter((d): d is object => d !== null) as T[];
  const deletions = [...documents].filter(([, d]) => d === null).map(([key]) => key);
  // Meilisearch refuses payloads over 100 MB; a few thousand resumes stay far below it.
  for (let i = 0; i < upserts.length; i += WRITE_CHUNK) await confirmed(index.addDocuments(upserts.slice(i, i + WRITE_CHUNK)));
  if (deletions.length) await confirmed(index.deleteDocuments(deletions));
  return { upserted: upserts.length, deleted: deletions.length };
}
