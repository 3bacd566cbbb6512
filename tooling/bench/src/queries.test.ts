import { findCandidatesInput } from "@tsunagu/api";
import { describe, expect, it } from "vitest";
import { generateBenchQueries } from "./queries";

describe("generateBenchQueries", () => {
  const queries = generateBenchQueries({ count: 600, seed: 5 });
  const inputs = queries.map((q) => findCandidatesInput.parse(q.input));

  it("gives the number of searches asked for, every one distinct and one the API accepts", () => {
    expect(queries).toHaveLength(600);
    expect(new Set(inputs.map((input) => JSON.stringify(input))).size).toBe(600);
  });

  it("searches in English, Vietnamese and Japanese, about a third each, in their own scripts", () => {
    for (const locale of ["en", "vi", "ja"] as const) {
      const own = queries.filter((q) => q.locale === locale);
      expect(own.length, locale).toBeGreaterThanOrEqual(190);
      expect(new Set(own.map((q) => q.input.query)).size, locale).toBeGreaterThan(100);
    }
    const typed = (locale: string) => queries.filter((q) => q.locale === locale && q.input.query).map((q) => q.input.query!);
    expect(typed("ja").filter((text) => /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(text)).length).toBeGreaterThan(150);
    // Vietnamese with its diacritics, and some typed without them.
    expect(typed("vi").filter((text) => /[ăâđêôơưạảấầẩậắằẳặẹẻếềểệịọỏốồổộớờởợụủứừửựỳỵỷỹ]/iu.test(text)).length).toBeGreaterThan(100);
    expect(typed("vi").filter((text) => /^[\x20-\x7e]+$/.test(text)).length).toBeGreaterThan(5);
  });

  it("asks for pages 0 to 3, most often the first", () => {
    const pages = inputs.map((input) => input.page);
    expect(new Set(pages)).toEqual(new Set([0, 1, 2, 3]));
    expect(pages.filter((page) => page === 0).length).toBeGreaterThan(pages.filter((page) => page === 3).length);
  });

  it("mixes searches without filters, with one and with several, and filters-only searches", () => {
    const filterKinds = inputs.map((input) => Object.keys(input.filters).length);
    expect(filterKinds.filter((n) => n === 0).length).toBeGreaterThan(100);
    expect(filterKinds.filter((n) => n === 1).length).toBeGreaterThan(100);
    expect(filterKinds.filter((n) => n >= 2).length).toBeGreaterThan(50);
    expect(inputs.some((input) => input.query === "" && Object.keys(input.filters).length > 0)).toBe(true);
    expect(inputs.some((input) => input.query === "" && Object.keys(input.filters).length === 0)).toBe(false);
    expect(new Set(inputs.map((input) => input.sort))).toEqual(new Set(["relevance", "recent", "experience"]));
  });

  it("gives the same searches for the same seed and others for another", () => {
    expect(generateBenchQueries({ count: 50, seed: 5 })).toEqual(queries.slice(0, 50));
    expect(generateBenchQueries({ count: 50, seed: 6 })).not.toEqual(queries.slice(0, 50));
  });
});
