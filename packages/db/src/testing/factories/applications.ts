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
  workExperiences: { orderBy: { position: "asc" } },
  educations: { orderBy: { position: "asc" } },
  languageSkills: true,
  skills: true,
  certifications: true,
} satisfies Prisma.SeekerProfileInclude;

type SnapshotSource = Prisma.SeekerProfileGetPayload<{ include: typeof snapshotInclude }>;

/**
 * What an applicant shares with the employer: the resume with contact details (the employer
 * needs them to reply), without referees and without internal ids or privacy settings. Test
 * data only — the product builds it with the applicant projection of packages/privacy.
 */
export function applicantSnapshot(profile: SnapshotSource, sharedAt: Date): Prisma.InputJsonValue {
  const snapshot = {
    version: 1,
    sharedAt,
    contact: { email: profile.user.email, phone: profile.phone },
    person: {
      firstName: profile.firstName,
      middleName: profile.middleName,
      lastName: profile.lastName,
      birthDate: profile.birthDate,
      gender: profile.gender,
      nationality: profile.nationality,
      residenceCountry: profile.residenceCountry,
      residenceRegion: profile.residenceRegion,
      nearestStation: profile.nearestStation,
      visaStatus: profile.visaStatus,
      visaExpiresOn: profile.visaExpiresOn,
    },
    professional: {
      headline: profile.headline,
      summary: profile.summary,
      educationLevel: profile.educationLevel,
      careerLevel: profile.careerLevel,
      desiredJobTypes: profile.desiredJobTypes,
      desiredLocations: profile.desiredLocations,
      desiredSalary: {
        min: profile.desiredSalaryMin,
        max: profile.desiredSalaryMax,
        currency: profile.desiredSalaryCurrency,
        period: profile.desiredSalaryPeriod,
      },
      availability: profile.availability,
      availableFrom: profile.availableFrom,
    },
    workExperiences: profile.workExperiences.map(
      ({ employerName, title, startDate, endDate, isCurrent, description }) => ({
        employerName,
        title,
        startDate,
        endDate,
        isCurrent,
        description,
      }),
    ),
    educations: profile.educations.map(
      ({ institution, level, fieldOfStudy, startDate, endDate }) => ({
        institution,
        level,
        fieldOfStudy,
        startDate,
        endDate,
      }),
    ),
    languageSkills: profile.languageSkills.map(({ language, level }) => ({ language, level })),
    skills: profile.skills.map(({ name, years }) => ({ name, years })),
    certifications: profile.certifications.map(({ name, issuer, issuedOn }) => ({
      name,
      issuer,
      issuedOn,
    })),
  };
  // Dates become ISO strings, as they would after a JSON round trip through the column.
  return JSON.parse(JSON.stringify(snapshot)) as Prisma.InputJsonValue;
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
