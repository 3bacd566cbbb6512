import { jlptNumberOf, languageLevels, languages, type LanguageCode, type WorkAuthorizationCode } from "@tsunagu/vocab";
import type { LanguageLevel, ResumeRecord, VisaStatus } from "./resume";
import type { PersonalTerms } from "./scrub";

/** What an employer needs to know about the right to work, without nationality (R2). */
export type WorkAuthorization = WorkAuthorizationCode;

const WORK_AUTHORIZATION: Record<VisaStatus, WorkAuthorization> = {
  // Japanese nationals and residents without work limits look alike on purpose: the category
  // must not reveal nationality.
  JAPANESE_NATIONAL: "UNRESTRICTED",
  PERMANENT_RESIDENT: "UNRESTRICTED",
  SPOUSE_OF_JAPANESE_NATIONAL: "UNRESTRICTED",
  SPOUSE_OF_PERMANENT_RESIDENT: "UNRESTRICTED",
  LONG_TERM_RESIDENT: "UNRESTRICTED",
  ENGINEER_HUMANITIES_INTERNATIONAL: "WORK_VISA",
  HIGHLY_SKILLED_PROFESSIONAL: "WORK_VISA",
  INTRA_COMPANY_TRANSFEREE: "WORK_VISA",
  NURSING_CARE: "WORK_VISA",
  SKILLED_LABOR: "WORK_VISA",
  BUSINESS_MANAGER: "WORK_VISA",
  SPECIFIED_SKILLED_WORKER_1: "SPECIFIED_SKILLED_WORKER",
  SPECIFIED_SKILLED_WORKER_2: "SPECIFIED_SKILLED_WORKER",
  TECHNICAL_INTERN_TRAINING: "TECHNICAL_INTERN",
  STUDENT: "LIMITED_HOURS",
  DEPENDENT: "LIMITED_HOURS",
  WORKING_HOLIDAY: "TEMPORARY",
  DESIGNATED_ACTIVITIES: "TEMPORARY",
  NEEDS_SPONSORSHIP: "NEEDS_SPONSORSHIP",
  OTHER: "UNSPECIFIED",
};

export function workAuthorizationOf(visa: VisaStatus | null): WorkAuthorization {
  // Own keys only: a stored value like "constructor" must not reach the prototype.
  return visa && Object.hasOwn(WORK_AUTHORIZATION, visa) ? WORK_AUTHORIZATION[visa] : "UNSPECIFIED";
}

/** Ten-year band ("30-39"), never the birth date; null below 20 or when unknown. */
export function ageBandOf(birthDate: Date | null, asOf: Date): string | null {
  if (!birthDate) return null;
  let age = asOf.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    asOf.getUTCMonth() < birthDate.getUTCMonth() ||
    (asOf.getUTCMonth() === birthDate.getUTCMonth() && asOf.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  if (age < 20) return null;
  if (age >= 60) return "60+";
  const low = Math.floor(age / 10) * 10;
  return `${low}-${low + 9}`;
}

const MONTH_MS = 1000 * 60 * 60 * 24 * 30.4375;

/** Whole years of work, counting overlapping jobs once. */
export function yearsOfExperienceOf(
  jobs: ResumeRecord["workExperiences"],
  asOf: Date,
): number {
  const ranges = jobs
    .map((job) => [job.startDate.getTime(), (job.isCurrent || !job.endDate ? asOf : job.endDate).getTime()] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cursor = -Infinity;
  for (const [start, end] of ranges) {
    const from = Math.max(start, cursor);
    if (end > from) total += end - from;
    cursor = Math.max(cursor, end);
  }
  return Math.floor(total / MONTH_MS / 12);
}

export interface KnownLanguageSkill {
  language: LanguageCode;
  level: LanguageLevel;
}

/**
 * The language skills whose language is an ISO 639-1 code and whose level is a known level;
 * anything else in the columns is dropped, never copied (closed vocabularies, packages/vocab).
 */
export function knownLanguageSkillsOf(skills: readonly { language: string; level: string }[]): KnownLanguageSkill[] {
  const seen = new Set<string>();
  const known: KnownLanguageSkill[] = [];
  for (const { language, level } of skills) {
    if (!languages.has(language) || !languageLevels.has(level) || seen.has(language)) continue;
    seen.add(language);
    known.push({ language, level });
  }
  return known;
}

/** JLPT level as a number (1 = N1, the highest) for range filters, or null. */
export function jlptRankOf(levels: readonly KnownLanguageSkill[]): number | null {
  const ja = levels.find((l) => l.language === "ja");
  if (!ja) return null;
  if (ja.level === "NATIVE") return 0;
  return jlptNumberOf(ja.level);
}

/** Every value that identifies this person, for scrubbing their own free text. */
export function personalTermsOf(resume: ResumeRecord): PersonalTerms {
  const p = resume.personal;
  const names = [p.firstName, p.middleName, p.lastName].filter((n): n is string => !!n);
  const fullName = names.join(" ");
  const currentOrLast = [...resume.workExperiences]
    .sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent) || b.startDate.getTime() - a.startDate.getTime())
    .map((job) => job.employerName);
  return {
    names: [...names, ...(fullName ? [fullName] : []), ...resume.referees.map((r) => r.name)],
    // Every employer the seeker named: the current and last ones are forbidden by R2, and older
    // ones narrow the person down just as well.
    employers: [...currentOrLast, ...resume.referees.flatMap((r) => (r.organisation ? [r.organisation] : []))],
    places: p.nearestStation ? [p.nearestStation] : [],
    literals: [
      p.email,
      ...(p.phone ? [p.phone] : []),
      ...resume.referees.flatMap((r) => [r.email, r.phone].filter((v): v is string => !!v)),
      ...resume.certifications.flatMap((c) => (c.credentialId ? [c.credentialId] : [])),
    ],
  };
}

/**
 * Language skills as searchable words in all three UI languages ("JLPT N2", "日本語能力試験 N2",
 * "Tiếng Nhật"), so a recruiter's query in any of them finds the structured level. Measured on
 * Meilisearch 1.21: synonyms across scripts stop working on attributes with localizedAttributes,
 * so this field carries the cross-script forms itself. Names come from the vocabulary; a skill
 * that is not a known code gives no words at all.
 */
export function languageKeywordsOf(levels: readonly KnownLanguageSkill[]): string[] {
  const words = new Set<string>();
  for (const { language, level } of levels) {
    for (const name of languages.names(language)) words.add(name);
    const jlpt = jlptNumberOf(level);
    if (jlpt !== null) {
      words.add(`JLPT N${jlpt}`);
      words.add(`日本語能力試験 N${jlpt}`);
    } else if (level.startsWith("CEFR_")) {
      words.add(`CEFR ${level.slice(5)}`);
    } else if (level === "NATIVE") {
      words.add(`${languages.label(language, "en")} native`);
    }
  }
  return [...words];
}
