import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactResume } from "@tsunagu/privacy";
import { resumeArb } from "@tsunagu/privacy/testing";
import { RedactionCache } from "./redaction-cache";

const asOf = new Date("2026-11-22T09:00:00Z");
const [sample] = fc.sample(resumeArb, { numRuns: 1, seed: 3 });
const resume = sample!.resume;

describe("RedactionCache", () => {
  it("serves the same projection for the same record and day", () => {
    const cache = new RedactionCache();
    expect(cache.project(resume, asOf)).toEqual(redactResume(resume, asOf));
    expect(cache.project(structuredClone(resume), new Date("2026-11-22T23:00:00Z"))).toEqual(redactResume(resume, asOf));
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });

  it("never serves an old projection after the record changes, whatever field changed", () => {
    const cache = new RedactionCache();
    cache.project(resume, asOf);
    const edited = { ...resume, headline: "Changed headline", personal: { ...resume.personal, lastName: "Renamed" } };
    expect(cache.project(edited, asOf)).toEqual(redactResume(edited, asOf));
    const referee = { ...resume, referees: [...resume.referees, { name: "Headline", relationship: "x", organisation: null, email: null, phone: null }] };
    expect(cache.project(referee, asOf)).toEqual(redactResume(referee, asOf));
    expect(cache.hits).toBe(0);
  });

  it("hands out copies and forgets the least recently used entries", () => {
    const cache = new RedactionCache(1);
    const first = cache.project(resume, asOf);
    first.skills.push("tampered");
    expect(cache.project(resume, asOf).skills).not.toContain("tampered");
    const other = { ...resume, headline: "Other" };
    cache.project(other, asOf);
    cache.project(resume, asOf);
    expect(cache.misses).toBe(3);
  });
});
