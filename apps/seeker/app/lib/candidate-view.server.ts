import type { CandidateViewLabels, CandidateViewModel } from "@tsunagu/ui";
import {
  availabilities,
  careerLevels,
  desiredLocations,
  educationLevels,
  employmentTypes,
  languageLevels,
  languages,
  prefectures,
  salaryPeriods,
  workAuthorizations,
  type LanguageCode,
  type LanguageLevelCode,
  type UiLocale,
} from "@tsunagu/vocab";
import type { SeekerApi } from "./seeker-api.server";
import type { kit } from "./kit.server";

type Candidate = Awaited<ReturnType<SeekerApi["visibility"]["preview"]>>["candidate"];
type T = Awaited<ReturnType<typeof kit.translator>>;

/**
 * The redacted candidate in the reader's language, named on the server (the page hydrates with
 * exactly these names). Only fields of the search projection are read: nothing else reaches it.
 */
export function candidateViewModel(c: Candidate, locale: UiLocale, t: T): CandidateViewModel {
  const period = (start: number, end: number | null, current: boolean) =>
    current ? t("preview.period.current", { start }) : end && end !== start ? `${start}–${end}` : `${start}`;
  const money = (value: number) =>
    c.desiredSalaryCurrency
      ? new Intl.NumberFormat(locale, { style: "currency", currency: c.desiredSalaryCurrency, maximumFractionDigits: 0 }).format(value)
      : new Intl.NumberFormat(locale).format(value);
  const salary =
    c.desiredSalaryMin !== null || c.desiredSalaryMax !== null
      ? [
          [c.desiredSalaryMin, c.desiredSalaryMax]
            .filter((v): v is number => v !== null)
            .map(money)
            .join("–"),
          c.desiredSalaryPeriod ? salaryPeriods.label(c.desiredSalaryPeriod, locale) : null,
        ]
          .filter(Boolean)
          .join(" · ")
      : null;
  const languageNames = c.languageLevels.map((entry) => {
    const [code, level] = entry.split(":") as [LanguageCode, LanguageLevelCode | undefined];
    const name = languages.label(code, locale);
    return level && languageLevels.codes.includes(level) ? `${name} (${languageLevels.label(level, locale)})` : name;
  });
  const facts: [string, string | null][] = [
    ["workAuthorization", workAuthorizations.label(c.workAuthorization, locale)],
    ["careerLevel", c.careerLevel ? careerLevels.label(c.careerLevel, locale) : null],
    ["educationLevel", c.educationLevel ? educationLevels.label(c.educationLevel, locale) : null],
    ["yearsOfExperience", t("preview.years", { count: c.yearsOfExperience })],
    ["ageBand", c.ageBand],
    ["residenceRegion", c.residenceRegion ? prefectures.label(c.residenceRegion, locale) : null],
    ["languages", languageNames.length ? languageNames.join(", ") : null],
    ["desiredJobTypes", c.desiredJobTypes.map((code) => employmentTypes.label(code, locale)).join(", ") || null],
    ["desiredLocations", c.desiredLocations.map((code) => desiredLocations.label(code, locale)).join(", ") || null],
    ["desiredSalary", salary],
    ["availability", c.availability ? availabilities.label(c.availability, locale) : null],
  ];
  return {
    headline: c.headline,
    summary: c.summary,
    facts: facts
      .filter((fact): fact is [string, string] => fact[1] !== null)
      .map(([key, value]) => ({ label: t(`preview.facts.${key}` as "preview.facts.careerLevel"), value })),
    skills: c.skills,
    certifications: c.certifications,
    experience: c.experience.map((job) => ({
      title: job.title,
      period: period(job.startYear, job.endYear, job.isCurrent),
      description: job.description,
    })),
    education: c.education.map((e) => ({
      title: [e.level ? educationLevels.label(e.level, locale) : null, e.fieldOfStudy].filter(Boolean).join(" · ") || t("preview.none"),
      period: e.endYear ? `${e.endYear}` : null,
    })),
  };
}

export function candidateViewLabels(t: T): CandidateViewLabels {
  return {
    noHeadline: t("preview.labels.noHeadline"),
    summary: t("preview.labels.summary"),
    facts: t("preview.labels.facts"),
    skills: t("preview.labels.skills"),
    certifications: t("preview.labels.certifications"),
    experience: t("preview.labels.experience"),
    education: t("preview.labels.education"),
    none: t("preview.none"),
  };
}
