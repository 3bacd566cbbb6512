import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactResume } from "@tsunagu/privacy";
import { resumeArb } from "@tsunagu/privacy/testing";
import { RedactionCache } from "./redaction-cache";

const asOf = new Date("2026-11-22T09:00:00Z");
const [sample] = fc.sample(resumeArb, { numRuns: 1, seed: 3 });
const projection = redactResume(sample!.resume, asOf);

describe("RedactionCache", () => {
  it("serves a projection only for the same fingerprint and day", () => {
    const cache = new RedactionCache();
    cache.set("f1", asOf, projection);
    expect(cache.get("f1", new Date("2026-11-22T23:59:00Z"))).toEqual(projection);
    expect(cache.get("f2", asOf)).toBeUndefined();
    expect(cache.get("f1", new Date("2026-11-23T00:00:00Z"))).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([1, 2]);
  });

  it("hands out copies and forgets the least recently used entries", () => {
    const cache = new RedactionCache(2);
    cache.set("a", asOf, projection);
    cache.get("a", asOf)!.skills.push("tampered");
    expect(cache.get("a", asOf)!.skills).not.toContain("tampered");
    cache.set("b", asOf, projection);
    cache.get("a", asOf);
    cache.set("c", asOf, projection);
    expect(cache.get("b", asOf)).toBeUndefined();
    expect(cache.get("a", asOf)).toBeDefined();
  });
});
