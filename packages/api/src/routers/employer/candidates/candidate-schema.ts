import {
  availabilities,
  careerLevels,
  desiredLocationCode,
  educationLevels,
  employmentTypes,
  languageCode,
  prefectureCode,
  salaryPeriods,
  workAuthorizations,
} from "@tsunagu/vocab";
import { z } from "zod";

/**
 * The redacted resume as employers receive it: an allowlist, the last line of privacy defence
 * (R2). A field the projection gains later stays on the server until it is added here.
 * Structured fields accept only the codes of their closed vocabulary (packages/vocab): the
 * employer's UI names them in its own language. Search-only fields (languageKeywords,
 * desiredLocationNames, exclusion tokens) are never sent.
 */
export const candidateSchema = z.object({
  id: z.string(),
  headline: z.string().nullable(),
  summary: z.string().nullable(),
  careerLevel: careerLevels.schema.nullable(),
  educationLevel: educationLevels.schema.nullable(),
  workAuthorization: workAuthorizations.schema,
  ageBand: z.string().nullable(),
  residenceRegion: prefectureCode.nullable(),
  yearsOfExperience: z.number(),
  languages: z.array(languageCode),
  languageLevels: z.array(z.string()),
  jlptRank: z.number().nullable(),
  skills: z.array(z.string()),
  certifications: z.array(z.string()),
  experience: z.array(
    z.object({
      title: z.string(),
      startYear: z.number().int(),
      endYear: z.number().int().nullable(),
      isCurrent: z.boolean(),
      description: z.string().nullable(),
    }),
  ),
  education: z.array(
    z.object({
      level: educationLevels.schema.nullable(),
      fieldOfStudy: z.string().nullable(),
      endYear: z.number().int().nullable(),
    }),
  ),
  desiredJobTypes: z.array(employmentTypes.schema),
  desiredLocations: z.array(desiredLocationCode),
  desiredSalaryMin: z.number().nullable(),
  desiredSalaryMax: z.number().nullable(),
  desiredSalaryCurrency: z.string().nullable(),
  desiredSalaryPeriod: salaryPeriods.schema.nullable(),
  availability: availabilities.schema.nullable(),
  updatedAt: z.number(),
});
