import { describe, expect, it } from "vitest";
import { buildResumeFilter, quoteFilterValue } from "./filters";

describe("buildResumeFilter", () => {
  it("ANDs groups and ORs the values inside a group", () => {
    expect(
      buildResumeFilter({ languages: ["ja", "vi"], jlptAtLeast: 2, skills: ["Welding", "CAD"], minYearsOfExperience: 3 }),
    ).toEqual([
      ['languages = "ja"', 'languages = "vi"'],
      ["jlptRank <= 2"],
      ["yearsOfExperience >= 3"],
      ['skills = "Welding"'],
      ['skills = "CAD"'],
    ]);
  });

  it("keeps quotes, backslashes and filter keywords inside one quoted value", () => {
    const hostile = `Welding" OR skills EXISTS OR skills = "x\\`;
    const [[clause]] = buildResumeFilter({ skills: [hostile] }) as [[string]];
    expect(clause).toBe(`skills = "Welding\\" OR skills EXISTS OR skills = \\"x\\\\"`);
    expect(quoteFilterValue(`it's`)).toBe(`"it\\'s"`);
  });

  it("rejects unknown attributes, bad enum values and oversized input with a clear message", () => {
    expect(() => buildResumeFilter({ visibility: "PRIVATE" })).toThrow(/visibility/);
    expect(() => buildResumeFilter({ careerLevel: ["MID OR 1=1"] })).toThrow();
    expect(() => buildResumeFilter({ skills: ["x".repeat(5000)] })).toThrow(/80/);
    expect(() => buildResumeFilter({ jlptAtLeast: 1.5 })).toThrow();
  });

  it("takes languages and desired locations only as vocabulary codes", () => {
    expect(buildResumeFilter({ languages: ["ne"], desiredLocations: ["JP-13", "REMOTE"] })).toEqual([
      ['languages = "ne"'],
      ['desiredLocations = "JP-13"', 'desiredLocations = "REMOTE"'],
    ]);
    expect(() => buildResumeFilter({ desiredLocations: ["Tokyo"] })).toThrow(/prefecture code/);
    expect(() => buildResumeFilter({ languages: ["xx"] })).toThrow(/ISO 639-1/);
    expect(() => buildResumeFilter({ languages: ["jpn"] })).toThrow(/ISO 639-1/);
  });
});
