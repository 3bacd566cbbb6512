import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concepts as taxonomy, conceptTerms, foldText } from "@tsunagu/vocab/taxonomy";
import { redactResume, toCandidateView, toSearchDocument } from "./projections";
import type { ResumeRecord } from "./resume";
import { FILLER, PROFESSIONAL_WORDS, resumeArb } from "./testing/arbitraries";
import { containsWord, contactPatternIn, stringsIn, withoutWords } from "./testing/leaks";

/** Every string the taxonomy can put in a document: the same for every seeker. */
const TAXONOMY_TERMS = new Set(taxonomy.flatMap((c) => conceptTerms(c).flatMap((t) => [t, foldText(t)])));

const asOf = new Date("2026-11-22T00:00:00Z");
const company = { id: "c-1", status: "ACTIVE" as const };

function personalValues(resume: ResumeRecord): string[] {
  const p = resume.personal;
  return [
    p.firstName, p.middleName, p.lastName, p.email, p.phone, p.nearestStation, p.photoUrl,
    p.birthDate?.toISOString().slice(0, 10) ?? null,
    resume.profileId,
    ...resume.workExperiences.map((j) => j.employerName),
    ...resume.referees.flatMap((r) => [r.name, r.email, r.phone, r.organisation]),
    ...resume.certifications.map((c) => c.credentialId),
    ...resume.educations.map((e) => e.institution),
  ].filter((v): v is string => !!v);
}

describe("redacted projections (property)", () => {
  it("never contain a personal field value or a contact pattern, in any string", () => {
    fc.assert(
      fc.property(resumeArb, ({ resume, secrets }) => {
        const views = [redactResume(resume, asOf), toSearchDocument(resume, asOf), toCandidateView(resume, company, asOf)];
        for (const view of views) {
          if (!view) continue;
          // Concept labels are vocabulary (a seeker called Vũ with "Dịch vụ khách hàng" leaks
          // nothing), so they are checked to be vocabulary instead of checked for names.
          const { concepts = [], ...rest } = view as typeof view & { concepts?: string[] };
          for (const term of concepts) expect(TAXONOMY_TERMS.has(term), term).toBe(true);
          const strings = stringsIn(rest);
          // The generated text mixes in ordinary words that look like names ("an toàn", "hải
          // quan"); what must not appear is a personal value outside them.
          const all = withoutWords(strings.join(" \u241f "), [...FILLER, ...PROFESSIONAL_WORDS]);
          for (const value of personalValues(resume)) {
            expect(containsWord(all, value), `personal value ${JSON.stringify(value)} leaked`).toBe(false);
          }
          for (const secret of secrets) {
            expect(containsWord(all, secret.leak), `${secret.kind} ${JSON.stringify(secret.leak)} leaked`).toBe(false);
          }
          for (const s of strings) expect(contactPatternIn(s), s).toBeNull();
          expect(Object.keys(view)).not.toEqual(expect.arrayContaining(["email"]));
          expect(view.ageBand === null || resume.shareAgeBand).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("carry only allowlisted keys", () => {
    const [sample] = fc.sample(resumeArb, 1);
    const keys = Object.keys(redactResume(sample!.resume, asOf)).sort();
    expect(keys).toEqual(
      [
        "ageBand", "availability", "careerLevel", "certifications", "concepts", "desiredJobTypes", "desiredLocationNames", "desiredLocations",
        "desiredSalaryCurrency", "desiredSalaryMax", "desiredSalaryMin", "desiredSalaryPeriod", "education",
        "educationLevel", "experience", "headline", "id", "jlptRank", "languageKeywords", "languageLevels", "languages",
        "residenceRegion", "skills", "summary", "updatedAt", "workAuthorization", "yearsOfExperience",
      ].sort(),
    );
  });
});
