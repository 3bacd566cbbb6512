import type { Db, Prisma } from "@tsunagu/db";
import type { ResumeRecord } from "@tsunagu/privacy";

/**
 * Reads resumes from PostgreSQL into the shape packages/privacy decides on. The database is the
 * source of truth for every index write and every re-check (R3, R4).
 */
export const resumeRecordInclude = {
  user: {
    select: {
      email: true,
      status: true,
      processingRestrictedAt: true,
      consentEvents: {
        where: { purpose: "SEARCHABLE_PROFILE" },
        // uuid7 ids are time ordered: they break ties between events of the same instant.
        orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { granted: true },
      },
    },
  },
  photo: { select: { storageKey: true } },
  workExperiences: { orderBy: { position: "asc" } },
  educations: { orderBy: { position: "asc" } },
  languageSkills: true,
  skills: true,
  certifications: true,
  referees: true,
  companyBlocks: { select: { companyId: true } },
} satisfies Prisma.SeekerProfileInclude;

type ResumeRow = Prisma.SeekerProfileGetPayload<{ include: typeof resumeRecordInclude }>;

export function toResumeRecord(row: ResumeRow): ResumeRecord {
  return {
    profileId: row.id,
    searchKey: row.searchKey,
    account: { status: row.user.status, processingRestricted: row.user.processingRestrictedAt !== null },
    visibility: row.visibility,
    searchableConsentGranted: row.user.consentEvents[0]?.granted ?? false,
    blockedCompanyIds: row.companyBlocks.map((b) => b.companyId),
    shareAgeBand: row.shareAgeBand,
    updatedAt: row.updatedAt,
    personal: {
      firstName: row.firstName,
      middleName: row.middleName,
      lastName: row.lastName,
      birthDate: row.birthDate,
      gender: row.gender,
      nationality: row.nationality,
      residenceCountry: row.residenceCountry,
      residenceRegion: row.residenceRegion,
      nearestStation: row.nearestStation,
      phone: row.phone,
      email: row.user.email,
      visaStatus: row.visaStatus,
      photoUrl: row.photo ? `/uploads/${row.photo.storageKey}` : null,
    },
    headline: row.headline,
    summary: row.summary,
    educationLevel: row.educationLevel,
    careerLevel: row.careerLevel,
    desiredJobTypes: row.desiredJobTypes,
    desiredLocations: row.desiredLocations,
    desiredSalary: {
      min: row.desiredSalaryMin,
      max: row.desiredSalaryMax,
      currency: row.desiredSalaryCurrency,
      period: row.desiredSalaryPeriod,
    },
    availability: row.availability,
    workExperiences: row.workExperiences,
    educations: row.educations,
    languageSkills: row.languageSkills,
    skills: row.skills,
    certifications: row.certifications,
    referees: row.referees,
  };
}

type Reader = Pick<Db, "seekerProfile">;

/** The resumes with these search keys; keys without a profile are simply absent. */
export async function loadResumesBySearchKey(db: Reader, searchKeys: readonly string[]): Promise<Map<string, ResumeRecord>> {
  if (searchKeys.length === 0) return new Map();
  const rows = await db.seekerProfile.findMany({
    where: { searchKey: { in: [...searchKeys] } },
    include: resumeRecordInclude,
  });
  return new Map(rows.map((row) => [row.searchKey, toResumeRecord(row)]));
}

/** One page of resumes in id order, for full reindexing (keyset pagination). */
export async function loadResumePage(db: Reader, afterId: string | null, size: number): Promise<ResumeRecord[]> {
  const rows = await db.seekerProfile.findMany({
    where: afterId ? { id: { gt: afterId } } : {},
    orderBy: { id: "asc" },
    take: size,
    include: resumeRecordInclude,
  });
  return rows.map(toResumeRecord);
}
