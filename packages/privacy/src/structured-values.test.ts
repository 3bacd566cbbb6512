import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactResume, toNetworkingCard } from "./projections";
import type { ResumeRecord } from "./resume";
import { resumeArb } from "./testing/arbitraries";
import { stringsIn } from "./testing/leaks";

/**
 * Structured columns (region, language, desired locations, the enums) reach the index and the
 * networking card only as codes of a closed vocabulary. These records bypass the input
 * schemas and the database CHECKs on purpose, as a bug or a manual edit would.
 */
const asOf = new Date("2026-11-22T00:00:00Z");
const [base] = fc.sample(resumeArb, { numRuns: 1, seed: 42 });
const HOSTILE = "Call Lan 090-1234-5678 lan@example.com";

function resumeWith(change: (resume: ResumeRecord) => ResumeRecord): ResumeRecord {
  return change(structuredClone(base!.resume));
}

describe("structured values in the redacted resume", () => {
  it("keep a residence region only when it is a prefecture code of Japan", () => {
    const region = (residenceCountry: string | null, residenceRegion: string | null) =>
      redactResume(resumeWith((r) => ({ ...r, personal: { ...r.personal, residenceCountry, residenceRegion } })), asOf).residenceRegion;
    expect(region("JP", "JP-13")).toBe("JP-13");
    for (const value of ["Tokyo", "東京都", "JP-48", "jp-13", HOSTILE]) expect(region("JP", value)).toBeNull();
    expect(region("VN", "JP-13")).toBeNull();
    expect(region(null, "JP-13")).toBeNull();
  });

  it("keep only language skills with an ISO 639-1 code and a known level, named from the vocabulary", () => {
    const view = redactResume(
      resumeWith((r) => ({
        ...r,
        languageSkills: [
          { language: "ja", level: "JLPT_N2" },
          { language: HOSTILE, level: "NATIVE" },
          { language: "xx", level: "CEFR_B2" },
          { language: "Vietnamese", level: "NATIVE" },
          { language: "vi", level: "FLUENT" as never },
          { language: "ne", level: "NATIVE" },
        ],
      })),
      asOf,
    );
    expect(view.languages).toEqual(["ja", "ne"]);
    expect(view.languageLevels).toEqual(["ja:JLPT_N2", "ne:NATIVE"]);
    expect(view.jlptRank).toBe(2);
    // The cross-script words come from the vocabulary, so a query in any UI language finds them.
    expect(view.languageKeywords).toEqual(
      expect.arrayContaining(["Japanese", "Tiếng Nhật", "日本語", "JLPT N2", "日本語能力試験 N2", "Nepali", "Tiếng Nepal", "ネパール語", "Nepali native"]),
    );
    const text = stringsIn(view).join(" ");
    for (const leaked of ["090-1234-5678", "xx", "Vietnamese", "FLUENT", "CEFR B2"]) expect(text).not.toContain(leaked);
  });

  it("keep known desired locations as codes, unscrubbed, with their names in three languages", () => {
    const view = redactResume(
      resumeWith((r) => ({
        ...r,
        // The current employer's name contains "Osaka": a scrubbed free-text location would
        // disappear, and the candidate with it from the Osaka filter.
        workExperiences: [{ employerName: "Osaka Gas Logistics", title: "Driver", startDate: new Date("2020-01-01"), endDate: null, isCurrent: true, description: null }],
        desiredLocations: ["JP-27", "Tokyo", HOSTILE, "REMOTE", "JP-27", "remote", "JP-99"],
      })),
      asOf,
    );
    expect(view.desiredLocations).toEqual(["JP-27", "REMOTE"]);
    expect(view.desiredLocationNames).toEqual(["Osaka", "大阪府", "Remote", "Làm việc từ xa", "リモート"]);
  });

  it("drop enum-valued columns that hold anything but a code", () => {
    const view = redactResume(
      resumeWith((r) => ({
        ...r,
        careerLevel: HOSTILE,
        educationLevel: "PhD at Kyoto",
        availability: "ask me",
        desiredJobTypes: ["FULL_TIME", "side gigs for cash"],
        desiredSalary: { ...r.desiredSalary, period: "per shift" },
        educations: [{ institution: "Hanoi University", level: "BACHELOR of Arts", fieldOfStudy: null, startDate: null, endDate: null }],
        personal: { ...r.personal, visaStatus: "constructor" as never },
      })),
      asOf,
    );
    expect(view).toMatchObject({
      careerLevel: null,
      educationLevel: null,
      availability: null,
      desiredJobTypes: ["FULL_TIME"],
      desiredSalaryPeriod: null,
      education: [{ level: null }],
      workAuthorization: "UNSPECIFIED",
    });
  });
});

describe("structured values on the networking card", () => {
  it("show only known languages and a known career level", () => {
    const card = toNetworkingCard(
      resumeWith((r) => ({
        ...r,
        account: { status: "ACTIVE", processingRestricted: false },
        careerLevel: HOSTILE,
        languageSkills: [
          { language: "vi", level: "NATIVE" },
          { language: HOSTILE, level: "NATIVE" },
        ],
      })),
      { enabled: true },
    );
    expect(card?.careerLevel).toBeNull();
    expect(card?.languages).toEqual([{ language: "vi", level: "NATIVE" }]);
  });
});
