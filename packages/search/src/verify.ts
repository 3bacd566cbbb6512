import { createHash } from "node:crypto";
import type { Db } from "@tsunagu/db";
import { resumeIndex } from "./client";
import { exclusionTokenizer } from "./exclusions";
import { drainOutbox } from "./outbox-worker";
import { toResumeSearchDocument, type ResumeSearchDocument } from "./resume-document";
import { loadResumePage } from "./resume-source";

export interface DriftReport {
  expected: number;
  indexed: number;
  /** Searchable in the database but absent from the index. */
  missing: string[];
  /** In the index but not allowed there (R1) or gone from the database. */
  extra: string[];
  /** In both, with different content. */
  stale: string[];
  repaired: boolean;
}

/** Key order independent hash of a document, to compare database and index content. */
export function documentHash(document: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([key]) => !key.startsWith("_"))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, canonical(v)]),
      );
    }
    return value;
  };
  return createHash("sha256").update(JSON.stringify(canonical(document))).digest("base64url");
}

/**
 * Compares the database's searchable set with the index (ids and a content hash), and with
 * `repair` writes what is missing or stale and deletes what must not be there.
 */
export async function verifyResumeIndex(
  db: Db,
  options: { repair?: boolean; now?: () => Date; onProgress?: (phase: string, done: number) => void } = {},
): Promise<DriftReport> {
  const now = options.now ?? (() => new Date());
  const index = resumeIndex();
  const tokenize = exclusionTokenizer();
  // Including the exclusion tokens: the documents route returns every stored field (displayed
  // or not), so a document whose tokens lag its block list shows up as stale (R10).
  const expected = new Map<string, ResumeSearchDocument>();
  let after: string | null = null;
  for (;;) {
    const page = await loadResumePage(db, after, 2000);
    if (page.length === 0) break;
    after = page[page.length - 1]!.profileId;
    const asOf = now();
    for (const resume of page) {
      const document = toResumeSearchDocument(resume, asOf, tokenize);
      if (document) expected.set(document.id, document);
    }
    options.onProgress?.("database", expected.size);
  }

  const actual = new Map<string, string>();
  for (let offset = 0; ; offset += 1000) {
    const { results } = await index.getDocuments({ offset, limit: 1000 });
    for (const document of results) actual.set(String(document.id), documentHash(document));
    options.onProgress?.("index", actual.size);
    if (results.length < 1000) break;
  }

  const missing: string[] = [];
  const stale: string[] = [];
  for (const [id, document] of expected) {
    const hash = actual.get(id);
    if (hash === undefined) missing.push(id);
    else if (hash !== documentHash(document)) stale.push(id);
  }
  const extra = [...actual.keys()].filter((id) => !expected.has(id));

  const drifted = [...missing, ...stale, ...extra];
  if (options.repair && drifted.length > 0) {
    // Repair goes through the outbox, so the worker's locking and a fresh read of the database
    // decide each document; writing the documents computed above could resurrect one that was
    // made private a moment ago.
    await db.$executeRaw`
      INSERT INTO search_outbox_events (aggregate_kind, aggregate_id, reason)
      SELECT 'RESUME', key::uuid, 'verify.repair' FROM unnest(${drifted}::text[]) AS key`;
    await drainOutbox(db, index, { limit: 1000, now });
  }
  return {
    expected: expected.size,
    indexed: actual.size,
    missing,
    extra,
    stale,
    repaired: Boolean(options.repair),
  };
}
