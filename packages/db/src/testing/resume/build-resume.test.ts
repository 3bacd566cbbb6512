import { desiredLocations, languageLevels, languages, prefectures } from "@tsunagu/vocab";
import { describe, expect, it } from "vitest";

import { createFaker } from "../faker";
import { buildResume, type ResumeDraft } from "./build-resume";
import type { ResumeLocale } from "./catalog";

function sample(locale: ResumeLocale, count: number, seed = 1): ResumeDraft[] {
  const faker = createFaker(seed);
  const now = new Date("2026-11-22T00:00:00Z");
  return Array.from({ length: count }, () => buildResume(faker, { locale, now }));
}

describe("buildResume", () => {
  it("is reproducible from a seed", () => {
    expect(sample("vi", 3, 99)).toEqual(sample("vi", 3, 99));
  });

  it("writes headlines in the resume's language", () => {
    expect(
      sample("vi", 20).every((r) => /năm kinh nghiệm|Mới tốt nghiệp/.test(r.professional.headline)),
    ).toBe(true);
    expect(
      sample("ja", 20).every((r) => /[\u3040-\u30ff\u4e00-\u9faf]/.test(r.professional.headline)),
    ).toBe(true);
    expect(sample("en", 20).every((r) => /years|Graduate/.test(r.professional.headline))).toBe(
      true,
    );
  });

  it("only produces states the database accepts", () => {
    for (const resume of [...sample("vi", 200), ...sample("en", 200), ...sample("ja", 200)]) {
      for (const w of resume.workExperiences) {
        expect(w.isCurrent).toBe(w.endDate === null);
        if (w.endDate) expect(w.endDate.getTime()).toBeGreaterThanOrEqual(w.startDate.getTime());
      }
      expect(resume.person.residenceRegion === null || prefectures.has(resume.person.residenceRegion)).toBe(true);
      expect(resume.person.residenceRegion === null).toBe(resume.person.residenceCountry !== "JP");
      for (const code of resume.professional.desiredLocations) expect(desiredLocations.has(code), code).toBe(true);
      for (const l of resume.languageSkills) {
        expect(languages.has(l.language), l.language).toBe(true);
        expect(languageLevels.has(l.level), l.level).toBe(true);
        if (l.level.startsWith("JLPT_")) expect(l.language).toBe("ja");
      }
      expect(new Set(resume.languageSkills.map((l) => l.language)).size).toBe(
        resume.languageSkills.length,
      );
      expect(new Set(resume.skills.map((s) => s.name)).size).toBe(resume.skills.length);
      expect(resume.professional.desiredSalaryMin).toBeLessThanOrEqual(
        resume.professional.desiredSalaryMax,
      );
      const age = 2026 - resume.person.birthDate.getUTCFullYear();
      expect(age).toBeGreaterThanOrEqual(18);
    }
  });

  it("gives Vietnamese seekers Vietnamese names and Japanese nationals no visa", () => {
    for (const r of sample("vi", 50)) {
      expect(r.person.nationality).toBe("VN");
      expect(r.person.middleName).toBeTruthy();
    }
    for (const r of sample("ja", 100).filter((r) => r.person.nationality === "JP")) {
      expect(r.person.visaStatus).toBe("JAPANESE_NATIONAL");
      expect(r.languageSkills).toContainEqual({ language: "ja", level: "NATIVE" });
    }
  });

  it("keeps seekers living outside Japan without a Japanese status of residence", () => {
    const abroad = sample("vi", 200).filter((r) => r.person.residenceCountry !== "JP");
    expect(abroad.length).toBeGreaterThan(20);
    expect(
      abroad.every(
        (r) => r.person.visaStatus === "NEEDS_SPONSORSHIP" && r.person.nearestStation === null,
      ),
    ).toBe(true);
  });
});
