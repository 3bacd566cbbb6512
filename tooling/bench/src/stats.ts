/** Percentile by nearest rank over a copy of the samples (milliseconds). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One decimal place, as the figures are printed. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The median over rounds of each figure a round produced: one round on a shared machine can be
 * slowed by a neighbour, the median of three or more mostly is not. Every round must report the
 * same figures.
 */
export function medianOfRounds<K extends string>(rounds: readonly Readonly<Record<K, number>>[]): Record<K, number> {
  if (rounds.length === 0) throw new Error("No rounds to take the median of");
  const keys = Object.keys(rounds[0]!) as K[];
  return Object.fromEntries(keys.map((key) => [key, median(rounds.map((round) => round[key]))])) as Record<K, number>;
}

/**
 * The round whose `key` is the median (the lower middle one for an even count): for figures
 * that must add up, such as a reindex's total and its parts, which separate medians need not.
 */
export function medianRound<T extends Readonly<Record<K, number>>, K extends string>(rounds: readonly T[], key: K): T {
  if (rounds.length === 0) throw new Error("No rounds to take the median of");
  const sorted = [...rounds].sort((a, b) => a[key] - b[key]);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Runs `task` `total` times with `concurrency` callers at once, returning each call's latency. */
export async function measureConcurrent(total: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const i = next++;
        if (i >= total) return;
        const started = performance.now();
        await task(i);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

/** A `Server-Timing` header: milliseconds by metric name, and descriptions by metric name. */
export function parseServerTiming(header: string | null): { durations: Record<string, number>; descriptions: Record<string, string> } {
  const durations: Record<string, number> = {};
  const descriptions: Record<string, string> = {};
  for (const metric of (header ?? "").split(",")) {
    const [name, ...params] = metric.split(";").map((part) => part.trim());
    if (!name) continue;
    for (const param of params) {
      const [key, raw = ""] = param.split("=", 2).map((part) => part.trim());
      const value = raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
      if (key === "dur" && Number.isFinite(Number(value))) durations[name] = (durations[name] ?? 0) + Number(value);
      else if (key === "desc") descriptions[name] = value;
    }
  }
  return { durations, descriptions };
}
