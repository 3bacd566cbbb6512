import { describe, expect, it } from "vitest";
import { PhaseTimings, timed } from "./phase-timings";

describe("PhaseTimings", () => {
  it("adds up a phase timed twice and says the cache's hits and misses in the header", async () => {
    const timings = new PhaseTimings();
    await timings.time("quota", () => new Promise((resolve) => setTimeout(resolve, 5)));
    timings.add("quota", 1);
    timings.cacheHits = 3;
    timings.cacheMisses = 17;
    expect(timings.phases().quota).toBeGreaterThanOrEqual(5);
    expect(timings.header()).toMatch(/^quota;dur=\d+\.\d{2}, redaction-cache;desc="3\/17"$/);
  });

  it("records a phase that failed, and the failure still reaches the caller", async () => {
    const timings = new PhaseTimings();
    await expect(timings.time("meili", () => Promise.reject(new Error("down")))).rejects.toThrow(
      "down",
    );
    expect(Object.keys(timings.phases())).toEqual(["meili"]);
  });

  it("times laps one after another from when it was made", async () => {
    const timings = new PhaseTimings();
    await new Promise((resolve) => setTimeout(resolve, 3));
    timings.lap("session");
    timings.lap("search");
    const { session, search } = timings.phases();
    expect(session).toBeGreaterThanOrEqual(2);
    expect(search).toBeLessThan(session!);
  });
});

describe("timed", () => {
  it("just runs the work when there is no recorder", async () => {
    expect(await timed(undefined, "meili", () => Promise.resolve(42))).toBe(42);
  });
});
