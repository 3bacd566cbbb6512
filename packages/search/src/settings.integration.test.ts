import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { languageKeywordsOf, redactResume, type RedactedResume } from "@tsunagu/privacy";
import { desiredLocations } from "@tsunagu/vocab";
import { resumeArb } from "@tsunagu/privacy/testing";
import fc from "fast-check";
import { buildResumeFilter } from "./filters";
import { ensureIndex, indexName, resumeIndex, searchClient } from "./client";
import { SEARCH_LOCALES } from "./settings";

const name = indexName("resumes") + "_settings";
const asOf = new Date("2026-11-22T00:00:00Z");

function doc(id: string, overrides: Partial<RedactedResume>): RedactedResume {
  const [sample] = fc.sample(resumeArb, { numRuns: 1, seed: 42 });
  // Only the fields a test sets carry text, so hits come from them alone.
  const base = { ...redactResume(sample!.resume, asOf), experience: [], education: [], certifications: [], languageKeywords: [], concepts: [], desiredLocations: [], desiredLocationNames: [] };
  return { ...base, id, ...overrides };
}

const docs = [
  doc("welder", { headline: "Thợ hàn bán tự động", summary: "Kinh nghiệm 5 năm ở xưởng", skills: ["Welding"], jlptRank: 3, yearsOfExperience: 5 }),
  doc("engineer", { headline: "Kỹ sư cơ khí", summary: "Thiết kế CAD", skills: ["CAD"], jlptRank: 2, yearsOfExperience: 7 }),
  doc("qa", { headline: "品質管理スタッフ", summary: "東京都内で食品工場の品質管理を担当", skills: ["品質管理"], jlptRank: 0, yearsOfExperience: 3 }),
  doc("osaka", { headline: "Warehouse staff", summary: "Picking", skills: ["Forklift"], jlptRank: 4, yearsOfExperience: 1, desiredLocations: ["JP-27"], desiredLocationNames: desiredLocations.names("JP-27") }),
  doc("remote", { headline: "Translator", summary: "Documents", skills: ["Translation"], jlptRank: 2, yearsOfExperience: 4, desiredLocations: ["REMOTE"], desiredLocationNames: desiredLocations.names("REMOTE") }),
  doc("jlpt", { headline: "Interpreter", summary: "Certified", skills: ["Interpreting"], jlptRank: 1, yearsOfExperience: 2, languageKeywords: languageKeywordsOf([{ language: "ja", level: "JLPT_N1" }]) }),
];

async function search(q: string, filter: string[][] = []) {
  const result = await resumeIndex(name).search(q, { filter, locales: SEARCH_LOCALES, limit: 20 });
  return result.hits.map((h) => h.id).sort();
}

beforeAll(async () => {
  await ensureIndex("resumes", name);
  const task = await resumeIndex(name).addDocuments(docs).waitTask();
  expect(task.status).toBe("succeeded");
});

afterAll(async () => {
  await searchClient().deleteIndex(name).waitTask();
});

describe("resume index settings (real Meilisearch)", () => {
  it("finds Vietnamese text typed without diacritics, Japanese by segment, and JLPT across scripts", async () => {
    expect(await search("tho han")).toEqual(["welder"]);
    expect(await search("ky su")).toEqual(["engineer"]);
    expect(await search("食品工場")).toEqual(["qa"]);
    expect(await search("jlpt n1")).toEqual(["jlpt"]);
    expect(await search("日本語能力試験")).toEqual(["jlpt"]);
  });

  it("filters by JLPT level and years with the built filter", async () => {
    expect(await search("", buildResumeFilter({ jlptAtLeast: 2 }))).toEqual(["engineer", "jlpt", "qa", "remote"]);
    expect(await search("", buildResumeFilter({ minYearsOfExperience: 5 }))).toEqual(["engineer", "welder"]);
  });

  it("filters desired locations by code and finds them by name in English, Vietnamese and Japanese", async () => {
    expect(await search("", buildResumeFilter({ desiredLocations: ["JP-27", "REMOTE"] }))).toEqual(["osaka", "remote"]);
    expect(await search("osaka")).toEqual(["osaka"]);
    expect(await search("大阪")).toEqual(["osaka"]);
    expect(await search("lam viec tu xa")).toEqual(["remote"]);
    expect(await search("リモート")).toEqual(["remote"]);
    // The code is not text: nobody finds a resume by typing it.
    expect(await search("JP-27")).toEqual([]);
  });

  it.each([
    `Welding" OR skills = "CAD`,
    `Welding\\" OR skills = \\"CAD`,
    `x' OR jlptRank >= 0 OR skills = 'y`,
    `NOT skills = "nothing"`,
    `") OR (yearsOfExperience >= 0`,
    "Welding".padEnd(80, "\\"),
  ])("cannot be widened by the hostile skill value %j", async (hostile) => {
    expect(await search("", buildResumeFilter({ skills: [hostile] }))).toEqual([]);
  });

  it("caps total hits for employers", async () => {
    const settings = await resumeIndex(name).getSettings();
    expect(settings.pagination?.maxTotalHits).toBe(1000);
  });
});
