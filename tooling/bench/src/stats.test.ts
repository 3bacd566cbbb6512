import { describe, expect, it } from "vitest";
import { measureConcurrent, median, medianOfRounds, medianRound, parseServerTiming, percentile } from "./stats";

describe("percentile", () => {
  it("takes the nearest rank, whatever the order of the samples", () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 0)).toBe(1);
    expect(samples[0]).toBe(5);
    expect(percentile([], 95)).toBeNaN();
  });
});

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe("medianOfRounds", () => {
  it("takes each figure's median over the rounds, so one slow round does not move it", () => {
    const rounds = [
      { p50: 10, p95: 20 },
      { p50: 11, p95: 90 },
      { p50: 12, p95: 21 },
    ];
    expect(medianOfRounds(rounds)).toEqual({ p50: 11, p95: 21 });
    expect(() => medianOfRounds([])).toThrow(/No rounds/);
  });
});

describe("medianRound", () => {
  it("picks the round with the median figure, whose parts still add up", () => {
    const rounds = [
      { seconds: 40, scan: 16, tail: 24 },
      { seconds: 44, scan: 22, tail: 22 },
      { seconds: 26, scan: 12, tail: 14 },
    ];
    expect(medianRound(rounds, "seconds")).toEqual({ seconds: 40, scan: 16, tail: 24 });
    expect(medianRound(rounds.slice(0, 2), "seconds").seconds).toBe(40);
  });
});

describe("measureConcurrent", () => {
  it("runs every task once with no more than the given callers at a time", async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    const latencies = await measureConcurrent(20, 4, async (i) => {
      running += 1;
      most = Math.max(most, running);
      seen.push(i);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running -= 1;
    });
    expect(latencies).toHaveLength(20);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(most).toBe(4);
    expect(Math.min(...latencies)).toBeGreaterThanOrEqual(1);
  });
});

describe("parseServerTiming", () => {
  it("reads durations and descriptions, adding up a metric named twice", () => {
    const parsed = parseServerTiming('meili;dur=8.25, quota;dur=1.5, quota;dur=0.5, redaction-cache;desc="3/17", total;desc=x;dur=12');
    expect(parsed.durations).toEqual({ meili: 8.25, quota: 2, total: 12 });
    expect(parsed.descriptions).toEqual({ "redaction-cache": "3/17", total: "x" });
  });

  it("gives nothing for an absent header", () => {
    expect(parseServerTiming(null)).toEqual({ durations: {}, descriptions: {} });
  });
});
