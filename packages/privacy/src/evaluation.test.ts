import { describe, expect, it } from "vitest";
import { readCorpus } from "../scripts/read-corpus";
import { corpusCaseSchema, evaluateCorpus, formatCorpusReport, isPerfect } from "./evaluation";

describe("the labelled corpus", () => {
  it("has its personal values removed and its ordinary words kept, all of them", async () => {
    const cases = await readCorpus();
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.language))).toEqual(new Set(["en", "vi", "ja"]));
    const report = evaluateCorpus(cases);
    expect(report.failures, formatCorpusReport(report).join("\n")).toEqual([]);
    expect(isPerfect(report)).toBe(true);
  });
});

describe("evaluateCorpus", () => {
  const labelled = (text: string, personal: { class: string; text: string }[], keep: { text: string }[]) =>
    corpusCaseSchema.parse({ id: "t", language: "en", text, terms: { names: ["Lan Nguyen"] }, personal, keep });

  it("counts a personal value the scrubber misses, and an ordinary word it cuts", () => {
    // "Orchid" is nobody's term here, so the scrubber keeps it.
    const report = evaluateCorpus([
      labelled("Orchid wrote to Nguyen-team", [{ class: "name", text: "Orchid" }], [{ text: "team" }]),
    ]);
    expect(report.removed.name).toEqual({ total: 1, correct: 0 });
    expect(report.keptTotal).toEqual({ total: 1, correct: 1 });
    expect(isPerfect(report)).toBe(false);

    const cut = evaluateCorpus([labelled("Call 090-1234-5678 now", [], [{ text: "1234" }])]);
    expect(cut.kept.word).toEqual({ total: 1, correct: 0 });
  });

  it("refuses a label that is not in its text", () => {
    expect(() => evaluateCorpus([labelled("Lan Nguyen", [{ class: "name", text: "Tanaka" }], [])])).toThrow(/not found/);
  });
});
