import { describe, expect, it } from "vitest";
import { conceptById, concepts, foldText, matchConcept, matchConcepts, searchConcepts } from "./index";

describe("taxonomy data", () => {
  it("has at least 300 concepts, each with an English, Vietnamese and Japanese label", () => {
    expect(concepts.length).toBeGreaterThanOrEqual(300);
    for (const concept of concepts) {
      for (const locale of ["en", "vi", "ja"] as const) {
        expect(concept.labels[locale].trim(), `${concept.id} ${locale}`).not.toBe("");
      }
      expect(concept.id).toMatch(concept.kind === "skill" ? /^skill\.[a-z0-9-]+$/ : /^title\.[a-z0-9-]+$/);
    }
  });

  it("has unique ids", () => {
    expect(new Set(concepts.map((c) => c.id)).size).toBe(concepts.length);
  });

  it("never gives two concepts the same folded label", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const concept of concepts) {
      for (const label of new Set(Object.values(concept.labels).map(foldText))) {
        const other = owner.get(label);
        if (other && other !== concept.id) clashes.push(`${label}: ${other} / ${concept.id}`);
        owner.set(label, concept.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("never lets an alias name another concept's label", () => {
    const labelOwner = new Map<string, string>();
    for (const c of concepts) for (const l of Object.values(c.labels)) labelOwner.set(foldText(l), c.id);
    const clashes = concepts.flatMap((c) =>
      c.aliases.filter((a) => (labelOwner.get(foldText(a)) ?? c.id) !== c.id).map((a) => `${c.id}: ${a}`),
    );
    expect(clashes).toEqual([]);
  });

  it("writes Vietnamese labels with their diacritics", () => {
    expect(conceptById("skill.welding")?.labels.vi).toBe("Hàn");
    expect(conceptById("skill.caregiving")?.labels.vi).toBe("Điều dưỡng");
  });
});

describe("foldText", () => {
  it("folds Vietnamese diacritics and đ, case and width", () => {
    expect(foldText("Điều Dưỡng")).toBe("dieu duong");
    expect(foldText("ＴＩＧ溶接")).toBe("tig溶接");
    expect(foldText("ﾌｫｰｸﾘﾌﾄ")).toBe("フォークリフト");
  });
});

describe("matchConcept", () => {
  it("matches a label or alias in any language, with or without diacritics", () => {
    expect(matchConcept("hàn")?.id).toBe("skill.welding");
    expect(matchConcept("han")?.id).toBe("skill.welding");
    expect(matchConcept("  WELDING ")?.id).toBe("skill.welding");
    expect(matchConcept("溶接")?.id).toBe("skill.welding");
    expect(matchConcept("dieu duong")?.id).toBe("skill.caregiving");
    expect(matchConcept("ﾌｫｰｸﾘﾌﾄ")?.id).toBe("skill.forklift");
    expect(matchConcept("GTAW")?.id).toBe("skill.tig-welding");
  });

  it("returns null for text that is no label or alias", () => {
    expect(matchConcept("welding of dreams")).toBeNull();
    expect(matchConcept("")).toBeNull();
  });
});

describe("searchConcepts", () => {
  it("finds by prefix in every language and puts the page's locale first", () => {
    expect(searchConcepts("溶接", "ja").map((c) => c.id)).toContain("skill.tig-welding");
    expect(searchConcepts("welding", "en")[0]?.id).toBe("skill.welding");
    expect(searchConcepts("weld", "en").map((c) => c.id).slice(0, 2).sort()).toEqual(["skill.welding", "title.welder"]);
    expect(searchConcepts("han", "vi").map((c) => c.id).slice(0, 3)).toContain("skill.welding");
    const ja = searchConcepts("介護", "ja");
    expect(ja[0]?.id).toBe("skill.caregiving");
  });

  it("matches words inside a label", () => {
    expect(searchConcepts("tig", "en").map((c) => c.id)).toContain("skill.tig-welding");
    expect(searchConcepts("duong", "vi").map((c) => c.id)).toContain("skill.caregiving");
  });

  it("filters by kind and honours the limit", () => {
    const titles = searchConcepts("we", "en", { kind: "title", limit: 3 });
    expect(titles.length).toBeLessThanOrEqual(3);
    expect(titles.every((c) => c.kind === "title")).toBe(true);
    expect(titles.map((c) => c.id)).toContain("title.welder");
  });

  it("returns nothing for an empty query", () => {
    expect(searchConcepts("  ", "en")).toEqual([]);
  });

  it("finds the concepts inside brackets and between separators, each part matched exactly", () => {
    const ids = (text: string) =>
      matchConcepts(text)
        .map((c) => c.id)
        .sort();
    expect(ids("Kỹ sư cầu nối (BrSE)")).toEqual(["title.bridge-se"]);
    expect(ids("通訳・翻訳（ベトナム語）")).toEqual([
      "skill.vietnamese-language",
      "title.interpreter",
      "title.translator",
    ]);
    expect(ids("Kỹ sư phần mềm · 3 năm kinh nghiệm · JLPT N3")).toEqual(["title.software-engineer"]);
    expect(ids("Food hygiene (HACCP)")).toEqual(["skill.haccp"]);
    expect(ids("Ngôn ngữ lập trình và bếp")).toEqual([]);
  });
});
