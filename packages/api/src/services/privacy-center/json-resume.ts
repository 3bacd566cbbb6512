import type { Db } from "@tsunagu/db";
import {
  careerLevels,
  educationLevels,
  languageLevels,
  languages,
  prefectures,
  type UiLocale,
} from "@tsunagu/vocab";
import { loadOwnResume } from "../resume/own-resume";

const compact = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== ""),
  ) as Partial<T>;

/**
 * F7: the seeker's own resume as a JSON Resume document (jsonresume.org, schema 1.0), to take to
 * another service. Codes are written out in the seeker's language; referees appear only by name
 * and relationship — their contact details are theirs, not the seeker's to carry elsewhere.
 */
export async function jsonResume(db: Db, userId: string, locale: UiLocale) {
  const [resume, user] = await Promise.all([
    loadOwnResume(db, userId),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } }),
  ]);
  const p = resume.personal;
  const name = [p.firstName, p.middleName, p.lastName].filter(Boolean).join(" ");
  const label = <Code extends string>(
    vocabulary: { label(code: Code, locale: UiLocale): string },
    code: string | null,
  ) => (code ? vocabulary.label(code as Code, locale) : null);
  return {
    $schema: "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    basics: compact({
      name,
      label: resume.summary.headline,
      email: user.email,
      phone: p.phone,
      summary: resume.summary.summary,
      location: p.residenceCountry
        ? compact({
            countryCode: p.residenceCountry,
            region: p.residenceCountry === "JP" ? label(prefectures, p.residenceRegion) : null,
          })
        : null,
    }),
    work: resume.experiences.map((job) =>
      compact({
        name: job.employerName,
        position: job.title,
        startDate: job.startMonth,
        endDate: job.isCurrent ? null : job.endMonth,
        summary: job.description,
      }),
    ),
    education: resume.educations.map((entry) =>
      compact({
        institution: entry.institution,
        area: entry.fieldOfStudy,
        studyType: label(educationLevels, entry.level),
        startDate: entry.startMonth,
        endDate: entry.endMonth,
      }),
    ),
    skills: resume.skills.skills.map((skill) =>
      compact({ name: skill.name, level: skill.years === null ? null : `${skill.years}+ years` }),
    ),
    certificates: resume.skills.certifications.map((c) =>
      compact({ name: c.name, issuer: c.issuer, date: c.issuedOn }),
    ),
    languages: resume.languages.map((l) =>
      compact({
        language: label(languages, l.language) ?? l.language,
        fluency: label(languageLevels, l.level),
      }),
    ),
    references: resume.referees.map((r) =>
      compact({
        name: r.name,
        reference: [r.relationship, r.organisation].filter(Boolean).join(", "),
      }),
    ),
    meta: compact({
      lastModified: resume.updatedAt.toISOString(),
      careerLevel: label(careerLevels, resume.summary.careerLevel),
    }),
  };
}
