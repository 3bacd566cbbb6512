import { Prisma, type Db } from "@tsunagu/db";
import type { LanguageLevel, ResumeRecord, VisaStatus } from "@tsunagu/privacy";

/**
 * Reads resumes from PostgreSQL into the shape packages/privacy decides on. The database is the
 * source of truth for every index write and every re-check (R3, R4).
 *
 * One SQL statement per call, with the resume's parts aggregated as JSON: the search path
 * re-reads every hit on every request and a reindex reads every resume, and Prisma's nested
 * includes (with a per-user "latest consent") cost a query per table and per user.
 */
const RESUME_COLUMNS = Prisma.sql`
  p.id AS "profileId",
  p.search_key::text AS "searchKey",
  p.visibility::text AS visibility,
  p.share_age_band AS "shareAgeBand",
  p.updated_at AS "updatedAt",
  p.first_name AS "firstName", p.middle_name AS "middleName", p.last_name AS "lastName",
  p.birth_date AS "birthDate", p.gender::text AS gender, p.nationality,
  p.residence_country AS "residenceCountry", p.residence_region AS "residenceRegion",
  p.nearest_station AS "nearestStation", p.phone, p.visa_status::text AS "visaStatus",
  p.headline, p.summary, p.education_level::text AS "educationLevel",
  p.career_level::text AS "careerLevel", p.desired_job_types::text[] AS "desiredJobTypes",
  p.desired_locations AS "desiredLocations", p.desired_salary_min AS "salaryMin",
  p.desired_salary_max AS "salaryMax", p.desired_salary_currency AS "salaryCurrency",
  p.desired_salary_period::text AS "salaryPeriod", p.availability::text AS availability,
  u.email, u.status::text AS "accountStatus",
  u.processing_restricted_at IS NOT NULL AS "processingRestricted",
  COALESCE((
    SELECT c.granted FROM consent_events c
    WHERE c.user_id = p.user_id AND c.purpose = 'SEARCHABLE_PROFILE'
    -- uuid7 ids are time ordered: they break ties between events of the same instant.
    ORDER BY c.occurred_at DESC, c.id DESC LIMIT 1
  ), false) AS "searchableConsentGranted",
  (SELECT up.storage_key FROM uploads up WHERE up.id = p.photo_upload_id) AS "photoKey",
  COALESCE((SELECT json_agg(json_build_object('employerName', w.employer_name, 'title', w.title,
      'startDate', w.start_date, 'endDate', w.end_date, 'isCurrent', w.is_current,
      'description', w.description) ORDER BY w.position, w.id)
    FROM work_experiences w WHERE w.profile_id = p.id), '[]') AS "workExperiences",
  COALESCE((SELECT json_agg(json_build_object('institution', e.institution, 'level', e.level,
      'fieldOfStudy', e.field_of_study, 'startDate', e.start_date, 'endDate', e.end_date)
      ORDER BY e.position, e.id)
    FROM educations e WHERE e.profile_id = p.id), '[]') AS educations,
  COALESCE((SELECT json_agg(json_build_object('language', l.language, 'level', l.level) ORDER BY l.language)
    FROM language_skills l WHERE l.profile_id = p.id), '[]') AS "languageSkills",
  COALESCE((SELECT json_agg(json_build_object('name', s.name, 'years', s.years) ORDER BY s.name)
    FROM skills s WHERE s.profile_id = p.id), '[]') AS skills,
  COALESCE((SELECT json_agg(json_build_object('name', c.name, 'issuer', c.issuer,
      'issuedOn', c.issued_on, 'credentialId', c.credential_id) ORDER BY c.id)
    FROM certifications c WHERE c.profile_id = p.id), '[]') AS certifications,
  COALESCE((SELECT json_agg(json_build_object('name', r.name, 'relationship', r.relationship,
      'organisation', r.organisation, 'email', r.email, 'phone', r.phone) ORDER BY r.id)
    FROM referees r WHERE r.profile_id = p.id), '[]') AS referees,
  ARRAY(SELECT b.company_id::text FROM company_blocks b WHERE b.profile_id = p.id) AS "blockedCompanyIds",
  ARRAY(SELECT d.domain FROM domain_blocks d WHERE d.profile_id = p.id ORDER BY d.domain) AS "blockedDomains"`;

interface ResumeRow {
  profileId: string;
  searchKey: string;
  visibility: ResumeRecord["visibility"];
  shareAgeBand: boolean;
  updatedAt: Date;
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  birthDate: Date;
  gender: string | null;
  nationality: string | null;
  residenceCountry: string | null;
  residenceRegion: string | null;
  nearestStation: string | null;
  phone: string | null;
  visaStatus: VisaStatus | null;
  headline: string | null;
  summary: string | null;
  educationLevel: string | null;
  careerLevel: string | null;
  desiredJobTypes: string[];
  desiredLocations: string[];
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
  availability: string | null;
  email: string;
  accountStatus: ResumeRecord["account"]["status"];
  processingRestricted: boolean;
  searchableConsentGranted: boolean;
  photoKey: string | null;
  workExperiences: { employerName: string; title: string; startDate: string; endDate: string | null; isCurrent: boolean; description: string | null }[];
  educations: { institution: string; level: string | null; fieldOfStudy: string | null; startDate: string | null; endDate: string | null }[];
  languageSkills: { language: string; level: LanguageLevel }[];
  skills: { name: string; years: number | null }[];
  certifications: { name: string; issuer: string | null; issuedOn: string | null; credentialId: string | null }[];
  referees: ResumeRecord["referees"][number][];
  blockedCompanyIds: string[];
  blockedDomains: string[];
}

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const maybeDay = (value: string | null) => (value ? day(value) : null);

export function toResumeRecord(row: ResumeRow): ResumeRecord {
  return {
    profileId: row.profileId,
    searchKey: row.searchKey,
    account: { status: row.accountStatus, processingRestricted: row.processingRestricted },
    visibility: row.visibility,
    searchableConsentGranted: row.searchableConsentGranted,
    blockedCompanyIds: row.blockedCompanyIds,
    blockedDomains: row.blockedDomains,
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
      email: row.email,
      visaStatus: row.visaStatus,
      photoUrl: row.photoKey ? `/uploads/${row.photoKey}` : null,
    },
    headline: row.headline,
    summary: row.summary,
    educationLevel: row.educationLevel,
    careerLevel: row.careerLevel,
    desiredJobTypes: row.desiredJobTypes,
    desiredLocations: row.desiredLocations,
    desiredSalary: { min: row.salaryMin, max: row.salaryMax, currency: row.salaryCurrency, period: row.salaryPeriod },
    availability: row.availability,
    workExperiences: row.workExperiences.map((w) => ({ ...w, startDate: day(w.startDate), endDate: maybeDay(w.endDate) })),
    educations: row.educations.map((e) => ({ ...e, startDate: maybeDay(e.startDate), endDate: maybeDay(e.endDate) })),
    languageSkills: row.languageSkills,
    skills: row.skills,
    certifications: row.certifications.map((c) => ({ ...c, issuedOn: maybeDay(c.issuedOn) })),
    referees: row.referees,
  };
}

type Reader = Pick<Db, "$queryRaw">;

/** The resumes with these search keys; keys without a profile are simply absent. */
export async function loadResumesBySearchKey(db: Reader, searchKeys: readonly string[]): Promise<Map<string, ResumeRecord>> {
  if (searchKeys.length === 0) return new Map();
  const rows = await db.$queryRaw<ResumeRow[]>`
    SELECT ${RESUME_COLUMNS}
    FROM seeker_profiles p JOIN users u ON u.id = p.user_id
    WHERE p.search_key = ANY(${[...searchKeys]}::uuid[])`;
  return new Map(rows.map((row) => [row.searchKey, toResumeRecord(row)]));
}

/** One page of resumes in id order, for full reindexing (keyset pagination). */
export async function loadResumePage(db: Reader, afterId: string | null, size: number): Promise<ResumeRecord[]> {
  const rows = await db.$queryRaw<ResumeRow[]>`
    SELECT ${RESUME_COLUMNS}
    FROM seeker_profiles p JOIN users u ON u.id = p.user_id
    WHERE ${afterId ? Prisma.sql`p.id > ${afterId}::uuid` : Prisma.sql`true`}
    ORDER BY p.id LIMIT ${size}`;
  return rows.map(toResumeRecord);
}

/** What the per-hit re-check needs (R4), plus a fingerprint of everything the projection reads. */
export interface ResumeGate {
  searchKey: string;
  /** md5 of the full resume row as loadResumesBySearchKey reads it; changes with any field. */
  fingerprint: string;
  visibility: ResumeRecord["visibility"];
  account: ResumeRecord["account"];
  searchableConsentGranted: boolean;
  blockedCompanyIds: string[];
  blockedDomains: string[];
  /** When the resume last changed (saved-search alerts report resumes new since their last mail). */
  updatedAt: Date;
}

/**
 * The access facts of these resumes and a fingerprint of their content, without sending the
 * content: the search path re-checks every hit but only needs the full rows for projections it
 * has not built before.
 */
export async function loadResumeGates(db: Reader, searchKeys: readonly string[]): Promise<Map<string, ResumeGate>> {
  if (searchKeys.length === 0) return new Map();
  const rows = await db.$queryRaw<(Omit<ResumeGate, "account"> & Pick<ResumeRow, "accountStatus" | "processingRestricted">)[]>`
    SELECT r."searchKey", md5(row_to_json(r)::text) AS fingerprint, r.visibility, r."accountStatus",
           r."processingRestricted", r."searchableConsentGranted", r."blockedCompanyIds", r."blockedDomains",
           r."updatedAt"
    FROM (SELECT ${RESUME_COLUMNS} FROM seeker_profiles p JOIN users u ON u.id = p.user_id
          WHERE p.search_key = ANY(${[...searchKeys]}::uuid[])) r`;
  return new Map(
    rows.map(({ accountStatus, processingRestricted, ...gate }) => [
      gate.searchKey,
      { ...gate, account: { status: accountStatus, processingRestricted } },
    ]),
  );
}

/** Full resumes with the same fingerprint loadResumeGates gives, read in one statement. */
export async function loadFingerprintedResumes(
  db: Reader,
  searchKeys: readonly string[],
): Promise<Map<string, { fingerprint: string; resume: ResumeRecord }>> {
  if (searchKeys.length === 0) return new Map();
  const rows = await db.$queryRaw<(ResumeRow & { fingerprint: string })[]>`
    SELECT r.*, md5(row_to_json(r)::text) AS fingerprint
    FROM (SELECT ${RESUME_COLUMNS} FROM seeker_profiles p JOIN users u ON u.id = p.user_id
          WHERE p.search_key = ANY(${[...searchKeys]}::uuid[])) r`;
  return new Map(rows.map(({ fingerprint, ...row }) => [row.searchKey, { fingerprint, resume: toResumeRecord(row) }]));
}
