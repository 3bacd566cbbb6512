import { z } from "zod";

/**
 * The redacted resume as employers receive it: an allowlist, the last line of privacy defence
 * (R2). A field the projection gains later stays on the server until it is added here.
 */
export const candidateSchema = z.object({
  id: z.string(),
  headline: z.string().nullable(),
  summary: z.string().nullable(),
  careerLevel: z.string().nullable(),
  educationLevel: z.string().nullable(),
  workAuthorization: z.string(),
  ageBand: z.string().nullable(),
  residenceRegion: z.string().nullable(),
  yearsOfExperience: z.number(),
  languages: z.array(z.string()),
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
      level: z.string().nullable(),
      fieldOfStudy: z.string().nullable(),
      endYear: z.number().int().nullable(),
    }),
  ),
  desiredJobTypes: z.array(z.string()),
  desiredLocations: z.array(z.string()),
  desiredSalaryMin: z.number().nullable(),
  desiredSalaryMax: z.number().nullable(),
  desiredSalaryCurrency: z.string().nullable(),
  desiredSalaryPeriod: z.string().nullable(),
  availability: z.string().nullable(),
  updatedAt: z.number(),
});
