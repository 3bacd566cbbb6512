import {
  availabilities,
  careerLevels,
  desiredLocationCode,
  educationLevels,
  employmentTypes,
  languageCode,
  workAuthorizations,
} from "@tsunagu/vocab";
import { z } from "zod";
import { text as wellFormedText } from "@tsunagu/schemas";

/**
 * Meilisearch filter expressions built only from allowlisted attributes and quoted, escaped
 * values, so nothing an employer types can change the shape of a filter (F12). The index's
 * filters are a convenience, never the privacy guard: every hit is re-checked (R4).
 */

const text = wellFormedText().trim().min(1).max(80);
const list = <T extends z.ZodTypeAny>(item: T) => z.array(item).max(20).optional();

export const resumeFiltersSchema = z
  .object({
    /** ISO 639-1 codes; a candidate matches with any of them. */
    languages: list(languageCode),
    /** JLPT N-level or better (1 = N1); native speakers count as better than N1. */
    jlptAtLeast: z.number().int().min(1).max(5).optional(),
    workAuthorization: list(workAuthorizations.schema),
    educationLevel: list(educationLevels.schema),
    careerLevel: list(careerLevels.schema),
    minYearsOfExperience: z.number().int().min(0).max(60).optional(),
    maxYearsOfExperience: z.number().int().min(0).max(60).optional(),
    /** Every listed skill is required. */
    skills: list(text),
    /** Prefecture codes, REMOTE or ANYWHERE_JP; any listed location matches. */
    desiredLocations: list(desiredLocationCode),
    desiredJobTypes: list(employmentTypes.schema),
    availability: list(availabilities.schema),
  })
  .strict();

export type ResumeFilters = z.infer<typeof resumeFiltersSchema>;

/** Attributes a filter may name. Anything else is a programming error, not user input. */
export const RESUME_FILTER_ATTRIBUTES = [
  "languages",
  "jlptRank",
  "workAuthorization",
  "educationLevel",
  "careerLevel",
  "yearsOfExperience",
  "skills",
  "desiredLocations",
  "desiredJobTypes",
  "availability",
] as const;
type FilterAttribute = (typeof RESUME_FILTER_ATTRIBUTES)[number];

/** A Meilisearch string literal: double-quoted with `"`, `'` and `\` escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/[\\"']/g, (c) => `\\${c}`)}"`;
}

function equals(attribute: FilterAttribute, value: string): string {
  return `${attribute} = ${quoteFilterValue(value)}`;
}

function number(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError("Filter numbers must be whole numbers");
  return String(value);
}

/**
 * Meilisearch's array form: the outer array is AND, an inner array is OR. Validates first, so
 * an unknown field or an out-of-range value is rejected with a clear message.
 */
export function buildResumeFilter(input: unknown): string[][] {
  const filters = resumeFiltersSchema.parse(input);
  const and: string[][] = [];
  const anyOf = (attribute: FilterAttribute, values: readonly string[] | undefined) => {
    if (values?.length) and.push(values.map((v) => equals(attribute, v)));
  };

  anyOf("languages", filters.languages);
  if (filters.jlptAtLeast !== undefined) and.push([`jlptRank <= ${number(filters.jlptAtLeast)}`]);
  anyOf("workAuthorization", filters.workAuthorization);
  anyOf("educationLevel", filters.educationLevel);
  anyOf("careerLevel", filters.careerLevel);
  if (filters.minYearsOfExperience !== undefined) {
    and.push([`yearsOfExperience >= ${number(filters.minYearsOfExperience)}`]);
  }
  if (filters.maxYearsOfExperience !== undefined) {
    and.push([`yearsOfExperience <= ${number(filters.maxYearsOfExperience)}`]);
  }
  for (const skill of filters.skills ?? []) and.push([equals("skills", skill)]);
  anyOf("desiredLocations", filters.desiredLocations);
  anyOf("desiredJobTypes", filters.desiredJobTypes);
  anyOf("availability", filters.availability);
  return and;
}
