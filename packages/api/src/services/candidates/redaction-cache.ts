import { createHash } from "node:crypto";
import { redactResume, type RedactedResume, type ResumeRecord } from "@tsunagu/privacy";

/**
 * Memoises the redacted projection of resume records read from the database. The key is a
 * fingerprint of the whole record (every field the projection reads) and the day it is built
 * for, so any change in the database yields a new key: the cache can skip the work, never
 * serve something the current row would not produce. Access decisions are never cached; the
 * caller re-checks every hit (R4) before asking for the projection.
 */
export class RedactionCache {
  private readonly entries = new Map<string, RedactedResume>();
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries = 5000) {}

  project(resume: ResumeRecord, asOf: Date): RedactedResume {
    const key = createHash("sha1")
      .update(asOf.toISOString().slice(0, 10))
      .update(JSON.stringify(resume))
      .digest("base64");
    const cached = this.entries.get(key);
    if (cached) {
      this.hits += 1;
      // Re-insert to mark it recently used (Map keeps insertion order).
      this.entries.delete(key);
      this.entries.set(key, cached);
      return structuredClone(cached);
    }
    this.misses += 1;
    const projected = redactResume(resume, asOf);
    this.entries.set(key, projected);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return structuredClone(projected);
  }
}

/** One per process: search results repeat across recruiters and pages. */
export const redactionCache = new RedactionCache();
