import {
  careerLevels,
  employmentTypes,
  languageLevels,
  languages,
  prefectures,
  salaryPeriods,
  visaStatuses,
  type UiLocale,
} from "@tsunagu/vocab";

type Labelled = { label(code: never, locale: UiLocale): string; codes: readonly string[] };

/** A code's name in the reader's language, or the code itself when the vocabulary lacks it. */
function nameOf(vocabulary: Labelled, code: string, locale: UiLocale) {
  return vocabulary.codes.includes(code) ? vocabulary.label(code as never, locale) : code;
}

/** A prefecture's name in the reader's language; jobs store the English name (or "Remote"). */
export function locationLabel(name: string, locale: UiLocale) {
  const code = prefectures.codes.find((c) => prefectures.label(c, "en") === name);
  return code ? prefectures.label(code, locale) : name;
}

/** "¥4,000,000 – ¥5,500,000 (Per year)" in the reader's language, or null without amounts. */
export function salaryLabel(salary: { min: number | null; max: number | null; currency: string; period: string }, locale: UiLocale) {
  const money = (amount: number) =>
    new Intl.NumberFormat(locale, { style: "currency", currency: salary.currency, maximumFractionDigits: 0 }).format(amount);
  const range =
    salary.min !== null
      ? `${money(salary.min)}${salary.max !== null ? ` – ${money(salary.max)}` : ""}`
      : salary.max !== null
        ? money(salary.max)
        : null;
  return range ? `${range} (${nameOf(salaryPeriods as unknown as Labelled, salary.period, locale)})` : null;
}

/** The public facts of a job, named in the reader's language, for lists and the job page. */
export function jobFacts(
  job: {
    location: string;
    employmentType: string;
    salaryMin: number | null;
    salaryMax: number | null;
    salaryCurrency: string;
    salaryPeriod: string;
    requiredJapaneseLevel: string | null;
  },
  locale: UiLocale,
) {
  return {
    location: locationLabel(job.location, locale),
    employmentType: nameOf(employmentTypes as unknown as Labelled, job.employmentType, locale),
    salary: salaryLabel({ min: job.salaryMin, max: job.salaryMax, currency: job.salaryCurrency, period: job.salaryPeriod }, locale),
    japaneseLevel: job.requiredJapaneseLevel
      ? nameOf(languageLevels as unknown as Labelled, job.requiredJapaneseLevel, locale)
      : null,
  };
}

/**
 * The coded fields of an application snapshot named in the reader's language (built on the
 * server, like every vocabulary name, so the page hydrates with the names it was rendered with).
 */
export function snapshotNames(
  snapshot: { visaStatus: string | null; careerLevel: string | null; languageSkills: { language: string; level: string }[] },
  locale: UiLocale,
) {
  return {
    visaStatus: snapshot.visaStatus ? nameOf(visaStatuses as unknown as Labelled, snapshot.visaStatus, locale) : null,
    careerLevel: snapshot.careerLevel ? nameOf(careerLevels as unknown as Labelled, snapshot.careerLevel, locale) : null,
    languages:
      snapshot.languageSkills
        .map((l) => `${nameOf(languages as unknown as Labelled, l.language, locale)} ${nameOf(languageLevels as unknown as Labelled, l.level, locale)}`)
        .join(", ") || null,
  };
}
