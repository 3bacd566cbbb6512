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
    cache.set("k1", "f1", asOf, projection);
    expect(cache.get("f1", new Date("2026-11-22T23:59:00Z"))).toEqual(projection);
    expect(cache.get("f2", asOf)).toBeUndefined();
    expect(cache.get("f1", new Date("2026-11-23T00:00:00Z"))).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([1, 2]);
  });

  it("hands out copies and forgets the least recently used entries", () => {
    const cache = new RedactionCache(2);
    cache.set("ka", "a", asOf, projection);
    cache.get("a", asOf)!.skills.push("tampered");
    expect(cache.get("a", asOf)!.skills).not.toContain("tampered");
    cache.set("kb", "b", asOf, projection);
    cache.get("a", asOf);
    cache.set("kc", "c", asOf, projection);
    expect(cache.get("b", asOf)).toBeUndefined();
    expect(cache.get("a", asOf)).toBeDefined();
  });

  it("drops every projection of a deleted resume at once, and keeps no index of evicted ones", () => {
    const cache = new RedactionCache(3);
    const nextDay = new Date("2026-11-23T09:00:00Z");
    cache.set("gone", "f1", asOf, projection);
    cache.set("gone", "f1", nextDay, projection);
    cache.set("stays", "f2", asOf, projection);
    expect(cache.held("gone")).toBe(2);

    cache.forget("gone");
    expect(cache.held("gone")).toBe(0);
    expect(cache.get("f1", asOf)).toBeUndefined();
    expect(cache.get("f1", nextDay)).toBeUndefined();
    expect(cache.get("f2", asOf)).toEqual(projection);

    for (const n of [1, 2, 3]) cache.set(`other-${n}`, `g${n}`, asOf, projection);
    expect(cache.held("stays")).toBe(0);
  });
});
