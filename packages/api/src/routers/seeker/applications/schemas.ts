import { z } from "zod";
import { isoDateTime } from "../../shared/schemas";

const contact = z.object({
  firstName: z.string().nullable(),
  middleName: z.string().nullable(),
  lastName: z.string().nullable(),
  email: z.string(),
  phone: z.string().nullable(),
});

/** What an application shares with the company (R5): the allowlist of the privacy projection. */
export const applicationSnapshotSchema = z.object({
  contact,
  residenceCountry: z.string().nullable(),
  residenceRegion: z.string().nullable(),
  visaStatus: z.string().nullable(),
  photoUrl: z.string().nullable(),
  birthDate: z.string().nullable(),
  gender: z.string().nullable(),
  nationality: z.string().nullable(),
  headline: z.string().nullable(),
  summary: z.string().nullable(),
  careerLevel: z.string().nullable(),
  educationLevel: z.string().nullable(),
  workExperiences: z.array(
    z.object({
      employerName: z.string(),
      title: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      isCurrent: z.boolean(),
      description: z.string().nullable(),
    }),
  ),
  educations: z.array(
    z.object({
      institution: z.string(),
      level: z.string().nullable(),
      fieldOfStudy: z.string().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
    }),
  ),
  languageSkills: z.array(z.object({ language: z.string(), level: z.string() })),
  skills: z.array(z.object({ name: z.string(), years: z.number().nullable() })),
  certifications: z.array(
    z.object({ name: z.string(), issuer: z.string().nullable(), issuedOn: z.string().nullable() }),
  ),
  referees: z.array(
    z.object({
      name: z.string(),
      relationship: z.string(),
      organisation: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
  takenAt: isoDateTime,
});

export const applicationJobSchema = z.object({
  id: z.string(),
  title: z.string(),
  location: z.string(),
  status: z.enum(["DRAFT", "OPEN", "CLOSED"]),
  companyName: z.string(),
  companySlug: z.string(),
});

export const applicationStatusSchema = z.enum([
  "SUBMITTED",
  "REVIEWING",
  "INTERVIEWING",
  "OFFERED",
  "HIRED",
  "REJECTED",
  "WITHDRAWN",
]);

export const applicationSummarySchema = z.object({
  id: z.string(),
  status: applicationStatusSchema,
  appliedAt: isoDateTime,
  statusChangedAt: isoDateTime,
  job: applicationJobSchema,
});

type JobRow = {
  id: string;
  title: string;
  location: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  company: { name: string; slug: string };
};

export const jobOut = (job: JobRow) => ({
  id: job.id,
  title: job.title,
  location: job.location,
  status: job.status,
  companyName: job.company.name,
  companySlug: job.company.slug,
});
