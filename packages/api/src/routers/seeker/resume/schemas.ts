import { z } from "zod";
import { RESUME_SECTIONS } from "../../../services/resume/completeness";
import { isoDateTime } from "../../shared/schemas";

/** The seeker's own resume for the builder: an allowlist of what they entered. */
export const ownResumeSchema = z.object({
  personal: z.object({
    firstName: z.string().nullable(),
    middleName: z.string().nullable(),
    lastName: z.string().nullable(),
    birthDate: z.iso.date(),
    gender: z.string().nullable(),
    nationality: z.string().nullable(),
    residenceCountry: z.string().nullable(),
    residenceRegion: z.string().nullable(),
    nearestStation: z.string().nullable(),
    phone: z.string().nullable(),
    visaStatus: z.string().nullable(),
    visaExpiresOn: z.iso.date().nullable(),
  }),
  summary: z.object({
    headline: z.string().nullable(),
    summary: z.string().nullable(),
    careerLevel: z.string().nullable(),
  }),
  languages: z.array(z.object({ language: z.string(), level: z.string() })),
  skills: z.object({
    skills: z.array(z.object({ name: z.string(), years: z.number().int().nullable() })),
    certifications: z.array(
      z.object({
        name: z.string(),
        issuer: z.string().nullable(),
        issuedOn: z.iso.date().nullable(),
        expiresOn: z.iso.date().nullable(),
        credentialId: z.string().nullable(),
      }),
    ),
  }),
  experiences: z.array(
    z.object({
      employerName: z.string(),
      title: z.string(),
      startMonth: z.string(),
      endMonth: z.string().nullable(),
      isCurrent: z.boolean(),
      description: z.string().nullable(),
    }),
  ),
  educations: z.array(
    z.object({
      institution: z.string(),
      level: z.string().nullable(),
      fieldOfStudy: z.string().nullable(),
      startMonth: z.string().nullable(),
      endMonth: z.string().nullable(),
    }),
  ),
  preferences: z.object({
    desiredJobTypes: z.array(z.string()),
    desiredLocations: z.array(z.string()),
    desiredSalaryMin: z.number().int().nullable(),
    desiredSalaryMax: z.number().int().nullable(),
    desiredSalaryCurrency: z.string().nullable(),
    desiredSalaryPeriod: z.string().nullable(),
    availability: z.string().nullable(),
    availableFrom: z.iso.date().nullable(),
  }),
  referees: z.array(
    z.object({
      name: z.string(),
      relationship: z.string(),
      organisation: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      consentAttestedAt: isoDateTime,
    }),
  ),
  visibility: z.enum(["PRIVATE", "SEARCHABLE"]),
  updatedAt: isoDateTime,
  completeness: z.object({
    percent: z.number().int().min(0).max(100),
    missing: z.array(z.enum(RESUME_SECTIONS)),
  }),
});

/** What every section save answers. */
export const savedSchema = z.object({ savedAt: isoDateTime });
