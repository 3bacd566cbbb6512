import type { RedactedResume } from "@tsunagu/privacy";

/**
 * Redacted projections by content fingerprint (from loadResumeGates / loadFingerprintedResumes:
 * md5 of the whole resume row) and the day they were built for (age band, years of
 * experience). Any change to the row gives a new fingerprint, so the cache can skip work but
 * never serve something the current row would not produce. Access is never cached: the caller
 * re-checks every hit (R4) before asking. A deleted account's projections are dropped as soon
 * as the deletion commits (forget, through forgetDeletedResumes), not when they age out.
 */
export class RedactionCache {
  private readonly entries = new Map<string, { searchKey: string; projection: RedactedResume }>();
  /** Search key → its entries' keys, so one person's projections can be dropped at once. */
  private readonly bySearchKey = new Map<string, Set<string>>();
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
    return structuredClone(cached.projection);
  }

  set(searchKey: string, fingerprint: string, asOf: Date, projection: RedactedResume): void {
    const key = this.key(fingerprint, asOf);
    this.drop(key);
    this.entries.set(key, { searchKey, projection: structuredClone(projection) });
    const keys = this.bySearchKey.get(searchKey) ?? new Set<string>();
    keys.add(key);
    this.bySearchKey.set(searchKey, keys);
    if (this.entries.size > this.maxEntries) this.drop(this.entries.keys().next().value!);
  }

  /** F7: a deleted account's projections leave memory with it. */
  forget(searchKey: string): void {
    for (const key of this.bySearchKey.get(searchKey) ?? []) this.entries.delete(key);
    this.bySearchKey.delete(searchKey);
  }

  /** How many projections of this resume are held (the tests and the bench check the purge). */
  held(searchKey: string): number {
    return this.bySearchKey.get(searchKey)?.size ?? 0;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    const keys = this.bySearchKey.get(entry.searchKey);
    keys?.delete(key);
    if (keys?.size === 0) this.bySearchKey.delete(entry.searchKey);
  }
}

/** One per process: search results repeat across recruiters and pages. */
export const redactionCache = new RedactionCache();
