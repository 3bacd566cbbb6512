import { describe, expect, it } from "vitest";
import { conceptSuggestions } from "./concepts.server";

const query = (params: Record<string, string>) => conceptSuggestions(new URLSearchParams(params));

describe("conceptSuggestions", () => {
  it("finds welding from Vietnamese typed without diacritics, labelled in Vietnamese", () => {
    const found = query({ q: "han", kind: "skill", lng: "vi" }) ?? [];
    expect(found[0]).toEqual({ id: "skill.welding", label: "Hàn", matched: null });
    expect(found.length).toBeLessThanOrEqual(8);
  });

  it("labels a match from another language in the page's language and names what matched", () => {
    const found = query({ q: "welding", kind: "skill", lng: "ja" }) ?? [];
    expect(found[0]).toEqual({ id: "skill.welding", label: "溶接", matched: "Welding" });
    expect(query({ q: "溶", kind: "skill", lng: "ja" })?.map((c) => c.label)).toContain("溶接");
  });

  it("keeps skills and job titles apart", () => {
    const titles = query({ q: "weld", kind: "title", lng: "en" }) ?? [];
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((concept) => concept.id.startsWith("title."))).toBe(true);
  });

  it("refuses an empty, over-long or malformed query", () => {
    expect(query({ q: "  " })).toBeNull();
    expect(query({ q: "a".repeat(101) })).toBeNull();
    expect(query({ q: "han", kind: "person" })).toBeNull();
    expect(query({ q: "han", lng: "fr" })).toBeNull();
    expect(query({ q: "a".repeat(100) })).toEqual([]);
  });
});
