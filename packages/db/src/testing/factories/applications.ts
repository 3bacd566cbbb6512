import type { Prisma } from "../../generated/prisma/client";
import type { ApplicationStatus } from "../../generated/prisma/enums";
import type { DbClient, FactoryContext } from "../types";

export interface CreateApplicationOptions extends FactoryContext {
  jobId: string;
  profileId: string;
  status?: ApplicationStatus;
  talentPoolOptIn?: boolean;
  coverNote?: string;
  /** Record the APPLICATION_SNAPSHOT disclosure the real flow records (default true). */
  recordDisclosure?: boolean;
}

const RETENTION_AFTER_REJECTION_DAYS = 30;

const snapshotInclude = {
  user: { select: { email: true } },
  // The order the real flow reads them in (packages/search resume-source).
  workExperiences: { orderBy: [{ position: "asc" }, { id: "asc" }] },
  educations: { orderBy: [{ position: "asc" }, { id: "asc" }] },
  languageSkills: { orderBy: { language: "asc" } },
  skills: { orderBy: { name: "asc" } },
  certifications: { orderBy: { id: "asc" } },
} satisfies Prisma.SeekerProfileInclude;

type SnapshotSource = Prisma.SeekerProfileGetPayload<{ include: typeof snapshotInclude }>;

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * What an applicant shares with the employer, in exactly the shape the real flow stores
 * (toApplicationSnapshot of packages/privacy with DEFAULT_APPLICATION_SHARING): contact details,
 * the resume, no photo, birth date, gender, nationality or referees. packages/db cannot import
 * packages/privacy; an integration test in packages/api compares the two field by field.
 */
export function applicantSnapshot(profile: SnapshotSource, sharedAt: Date): Prisma.InputJsonValue {
  return {
    contact: {
      firstName: profile.firstName,
      middleName: profile.middleName,
      lastName: profile.lastName,
      email: profile.user.email,
      phone: profile.phone,
    },
    residenceCountry: profile.residenceCountry,
    residenceRegion: profile.residenceRegion,
    visaStatus: profile.visaStatus,
    photoUrl: null,
    birthDate: null,
    gender: null,
    nationality: null,
    headline: profile.headline,
    summary: profile.summary,
    careerLevel: profile.careerLevel,
    educationLevel: profile.educationLevel,
    workExperiences: profile.workExperiences.map((j) => ({
      employerName: j.employerName,
      title: j.title,
      startDate: isoDate(j.startDate)!,
      endDate: isoDate(j.endDate),
      isCurrent: j.isCurrent,
      description: j.description,
    })),
    educations: profile.educations.map((e) => ({
      institution: e.institution,
      level: e.level,
      fieldOfStudy: e.fieldOfStudy,
      startDate: isoDate(e.startDate),
      endDate: isoDate(e.endDate),
    })),
    languageSkills: profile.languageSkills.map((l) => ({ language: l.language, level: l.level })),
    skills: profile.skills.map((sk) => ({ name: sk.name, years: sk.years })),
    certifications: profile.certifications.map((c) => ({ name: c.name, issuer: c.issuer, issuedOn: isoDate(c.issuedOn) })),
    referees: [],
    takenAt: sharedAt.toISOString(),
  };
}

/**
 * An application with the resume snapshot taken now. A REJECTED application without talent-pool
 * opt-in is scheduled for deletion, as the database requires (F14).
 */
export async function createApplication(db: DbClient, options: CreateApplicationOptions) {
  const now = options.now ?? new Date();
  const status = options.status ?? "SUBMITTED";
  const talentPoolOptIn = options.talentPoolOptIn ?? false;
  // Sequential on purpose: inside an interactive transaction both would share one connection.
  const profile = await db.seekerProfile.findUniqueOrThrow({
    where: { id: options.profileId },
    include: snapshotInclude,
  });
  const job = await db.job.findUniqueOrThrow({
    where: { id: options.jobId },
    select: { companyId: true },
  });
  const application = await db.application.create({
    data: {
      jobId: options.jobId,
      profileId: options.profileId,
      status,
      resumeSnapshot: applicantSnapshot(profile, now),
      coverNote: options.coverNote ?? null,
      talentPoolOptIn,
      statusChangedAt: now,
      createdAt: now,
      scheduledDeletionAt:
        status === "REJECTED" && !talentPoolOptIn
          ? new Date(now.getTime() + RETENTION_AFTER_REJECTION_DAYS * 86_400_000)
          : null,
    },
  });
  if (options.recordDisclosure ?? true) {
    await db.disclosureLedgerEntry.create({
      data: {
        profileId: options.profileId,
        companyId: job.companyId,
        kind: "APPLICATION_SNAPSHOT",
        purpose: "application",
        applicationId: application.id,
        occurredAt: now,
      },
    });
  }
  return application;
}
