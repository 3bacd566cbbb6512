import type { RedactedResume } from "@tsunagu/privacy";

/**
 * Redacted projections by content fingerprint (from loadResumeGates / loadFingerprintedResumes:
 * md5 of the whole resume row) and the day they were built for (age band, years of
 * experience). Any change to the row gives a new fingerprint, so the cache can skip work but
 * never serve something the current row would not produce. Access is never cached: the caller
 * re-checks every hit (R4) before asking.
 */
export class RedactionCache {
  private readonly entries = new Map<string, RedactedResume>();
  hits = 0;
  misses = 0;

  constructor(private readonly maxEntries = 5000) {}

  private key(fingerprint: string, asOf: Date) {
    return `${asOf.toISOString().slice(0, 10)}:${fingerprint}`;
  }

  get(fingerprint: string, asOf: Date): RedactedResume | undefined {
    const key = this.key(fingerprint, asOf);
    const cached = this.entries.get(key);
    if (!cached) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    // Re-insert to mark it recently used (a Map keeps insertion order).
    this.entries.delete(key);
    this.entries.set(key, cached);
    return structuredClone(cached);
  }

  set(fingerprint: string, asOf: Date, projection: RedactedResume): void {
    this.entries.set(this.key(fingerprint, asOf), structuredClone(projection));
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** One per process: search results repeat across recruiters and pages. */
export const redactionCache = new RedactionCache();
