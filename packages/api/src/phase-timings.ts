/**
 * Where one request spends its time, phase by phase, for the benchmark (N1): milliseconds per
 * named phase and the redaction cache's hits and misses, sent back as a `Server-Timing` header.
 * Recorded only when a recorder is passed in, and the endpoint creates one only when the app is
 * started with SERVER_TIMING=1, which a public deployment refuses: how long another company's
 * searches take and which projections are already cached hint at what other companies viewed.
 * Phase names, durations and counts only: nothing personal is ever recorded.
 */
export class PhaseTimings {
  private readonly totals = new Map<string, number>();
  private lastLap = performance.now();
  cacheHits = 0;
  cacheMisses = 0;

  /** Adds `ms` to `phase` (phases that run more than once, or in a batch, add up). */
  add(phase: string, ms: number): void {
    this.totals.set(phase, (this.totals.get(phase) ?? 0) + ms);
  }

  /** Records the time since the previous lap (or since the recorder was made) as `phase`. */
  lap(phase: string): void {
    const now = performance.now();
    this.add(phase, now - this.lastLap);
    this.lastLap = now;
  }

  /** Runs `work`, recording its duration as `phase` whether it succeeds or fails. */
  async time<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(phase, performance.now() - started);
    }
  }

  /** Milliseconds per phase, in the order the phases were first recorded. */
  phases(): Record<string, number> {
    return Object.fromEntries(this.totals);
  }

  /** The `Server-Timing` header value (RFC: `name;dur=ms`, counts as a description). */
  header(): string {
    const metrics = [...this.totals].map(([phase, ms]) => `${phase};dur=${ms.toFixed(2)}`);
    metrics.push(`redaction-cache;desc="${this.cacheHits}/${this.cacheMisses}"`);
    return metrics.join(", ");
  }
}

/** `work` timed as `phase` when there is a recorder; otherwise just `work`, at no cost. */
export function timed<T>(
  timings: PhaseTimings | undefined,
  phase: string,
  work: () => Promise<T>,
): Promise<T> {
  return timings ? timings.time(phase, work) : work();
}
