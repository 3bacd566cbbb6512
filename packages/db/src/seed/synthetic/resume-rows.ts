/**
 * Turns generated resumes into rows of the seeker tables, in the column order of the COPY
 * statements. Ids are UUIDv7, as the Prisma schema would generate them.
 */
import { v7 as uuidv7 } from "uuid";

import type { ConsentPurpose, Locale } from "../../generated/prisma/enums";
import type { ResumeDraft } from "../../testing/resume/build-resume";
import { DEMO_POLICY_VERSION } from "../../testing/factories/consent";
import { CalendarDate, type CopyValue } from "./copy-text";

export interface SeekerTable {
  readonly name: string;
  readonly columns: readonly string[];
}

/** Parents before children, so each batch satisfies its foreign keys as it goes. */
export const SEEKER_TABLES = {
  users: {
    name: "users",
    columns: [
      "id",
      "email",
      "email_verified_at",
      "kind",
      "status",
      "processing_restricted_at",
      "locale",
      "created_at",
      "updated_at",
    ],
  },
  seekerProfiles: {
    name: "seeker_profiles",
    columns: [
      "id",
      "user_id",
      "first_name",
      "middle_name",
      "last_name",
      "birth_date",
      "gender",
      "nationality",
      "residence_country",
      "residence_region",
      "nearest_station",
      "phone",
      "visa_status",
      "visa_expires_on",
      "headline",
      "summary",
      "education_level",
      "career_level",
      "desired_job_types",
      "desired_locations",
      "desired_salary_min",
      "desired_salary_max",
      "desired_salary_currency",
      "desired_salary_period",
      "availability",
      "available_from",
      "visibility",
      "share_age_band",
      "created_at",
      "updated_at",
    ],
  },
  workExperiences: {
    name: "work_experiences",
    columns: [
      "id",
      "profile_id",
      "employer_name",
      "title",
      "start_date",
      "end_date",
      "is_current",
      "description",
      "position",
    ],
  },
  educations: {
    name: "educations",
    columns: [
      "id",
      "profile_id",
      "institution",
      "level",
      "field_of_study",
      "start_date",
      "end_date",
      "position",
    ],
  },
  languageSkills: { name: "language_skills", columns: ["id", "profile_id", "language", "level"] },
  skills: { name: "skills", columns: ["id", "profile_id", "name", "years"] },
  certifications: {
    name: "certifications",
    columns: ["id", "profile_id", "name", "issuer", "issued_on"],
  },
  referees: {
    name: "referees",
    columns: [
      "id",
      "profile_id",
      "name",
      "relationship",
      "organisation",
      "email",
      "phone",
      "consent_attested_at",
      "created_at",
    ],
  },
  consentEvents: {
    name: "consent_events",
    columns: ["id", "user_id", "purpose", "granted", "policy_version", "source", "occurred_at"],
  },
} as const satisfies Record<string, SeekerTable>;

export type SeekerTableKey = keyof typeof SEEKER_TABLES;
export type SeekerRows = Record<SeekerTableKey, CopyValue[][]>;

export function emptySeekerRows(): SeekerRows {
  return {
    users: [],
    seekerProfiles: [],
    workExperiences: [],
    educations: [],
    languageSkills: [],
    skills: [],
    certifications: [],
    referees: [],
    consentEvents: [],
  };
}

/** The privacy state a synthetic seeker is in; decides visibility and consent events. */
export type PrivacyState =
  | "searchable"
  | "private"
  /** Switch says SEARCHABLE but the consent was withdrawn afterwards: not indexable (R1). */
  | "consent-withdrawn"
  /** Searchable with consent, but the person restricted processing: not indexable (R1). */
  | "restricted";

export interface SyntheticSeeker {
  email: string;
  resume: ResumeDraft;
  privacy: PrivacyState;
  extraConsents: ConsentPurpose[];
  createdAt: Date;
}

const LOCALE: Record<ResumeDraft["locale"], Locale> = { en: "EN", vi: "VI", ja: "JA" };
const date = (value: Date | null) => (value ? new CalendarDate(value) : null);

export function appendSeekerRows(rows: SeekerRows, seeker: SyntheticSeeker): void {
  const { resume, createdAt } = seeker;
  const { person, professional } = resume;
  const userId = uuidv7({ msecs: createdAt.getTime() });
  const profileId = uuidv7({ msecs: createdAt.getTime() });
  const searchableSwitch = seeker.privacy !== "private";

  rows.users.push([
    userId,
    seeker.email,
    createdAt,
    "SEEKER",
    "ACTIVE",
    seeker.privacy === "restricted" ? new Date(createdAt.getTime() + 86_400_000) : null,
    LOCALE[resume.locale],
    createdAt,
    createdAt,
  ]);
  rows.seekerProfiles.push([
    profileId,
    userId,
    person.firstName,
    person.middleName,
    person.lastName,
    date(person.birthDate),
    person.gender,
    person.nationality,
    person.residenceCountry,
    person.residenceRegion,
    person.nearestStation,
    person.phone,
    person.visaStatus,
    date(person.visaExpiresOn),
    professional.headline,
    professional.summary,
    professional.educationLevel,
    professional.careerLevel,
    professional.desiredJobTypes,
    professional.desiredLocations,
    professional.desiredSalaryMin,
    professional.desiredSalaryMax,
    professional.desiredSalaryCurrency,
    professional.desiredSalaryPeriod,
    professional.availability,
    date(professional.availableFrom),
    searchableSwitch ? "SEARCHABLE" : "PRIVATE",
    professional.shareAgeBand,
    createdAt,
    createdAt,
  ]);
  for (const w of resume.workExperiences) {
    rows.workExperiences.push([
      uuidv7(),
      profileId,
      w.employerName,
      w.title,
      date(w.startDate),
      date(w.endDate),
      w.isCurrent,
      w.description,
      w.position,
    ]);
  }
  for (const e of resume.educations) {
    rows.educations.push([
      uuidv7(),
      profileId,
      e.institution,
      e.level,
      e.fieldOfStudy,
      date(e.startDate),
      date(e.endDate),
      e.position,
    ]);
  }
  for (const l of resume.languageSkills)
    rows.languageSkills.push([uuidv7(), profileId, l.language, l.level]);
  for (const s of resume.skills) rows.skills.push([uuidv7(), profileId, s.name, s.years]);
  for (const c of resume.certifications)
    rows.certifications.push([uuidv7(), profileId, c.name, c.issuer, date(c.issuedOn)]);
  for (const r of resume.referees) {
    rows.referees.push([
      uuidv7(),
      profileId,
      r.name,
      r.relationship,
      r.organisation,
      r.email,
      r.phone,
      createdAt,
      createdAt,
    ]);
  }

  const consent = (purpose: ConsentPurpose, granted: boolean, at: Date, source: string) =>
    rows.consentEvents.push([
      uuidv7({ msecs: at.getTime() }),
      userId,
      purpose,
      granted,
      DEMO_POLICY_VERSION,
      source,
      at,
    ]);
  if (searchableSwitch) consent("SEARCHABLE_PROFILE", true, createdAt, "VISIBILITY_SETTINGS");
  if (seeker.privacy === "consent-withdrawn") {
    consent(
      "SEARCHABLE_PROFILE",
      false,
      new Date(createdAt.getTime() + 7 * 86_400_000),
      "PRIVACY_CENTER",
    );
  }
  for (const purpose of seeker.extraConsents) consent(purpose, true, createdAt, "SIGN_UP");
}
