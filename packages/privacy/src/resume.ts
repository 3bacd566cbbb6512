/**
 * The resume as the privacy rules see it: plain data, assembled from the database by the
 * caller. Mirrors the enums of packages/db without importing it (privacy depends on nothing).
 */
export type Visibility = "PRIVATE" | "SEARCHABLE";
export type AccountStatus = "ACTIVE" | "SUSPENDED" | "DELETION_PENDING";
export type CompanyStatus = "ACTIVE" | "SUSPENDED";

export type VisaStatus =
  | "JAPANESE_NATIONAL"
  | "PERMANENT_RESIDENT"
  | "SPOUSE_OF_JAPANESE_NATIONAL"
  | "SPOUSE_OF_PERMANENT_RESIDENT"
  | "LONG_TERM_RESIDENT"
  | "ENGINEER_HUMANITIES_INTERNATIONAL"
  | "HIGHLY_SKILLED_PROFESSIONAL"
  | "INTRA_COMPANY_TRANSFEREE"
  | "SPECIFIED_SKILLED_WORKER_1"
  | "SPECIFIED_SKILLED_WORKER_2"
  | "TECHNICAL_INTERN_TRAINING"
  | "NURSING_CARE"
  | "SKILLED_LABOR"
  | "BUSINESS_MANAGER"
  | "DESIGNATED_ACTIVITIES"
  | "STUDENT"
  | "DEPENDENT"
  | "WORKING_HOLIDAY"
  | "NEEDS_SPONSORSHIP"
  | "OTHER";

export type LanguageLevel =
  | "NATIVE"
  | "JLPT_N1"
  | "JLPT_N2"
  | "JLPT_N3"
  | "JLPT_N4"
  | "JLPT_N5"
  | "CEFR_C2"
  | "CEFR_C1"
  | "CEFR_B2"
  | "CEFR_B1"
  | "CEFR_A2"
  | "CEFR_A1";

export interface ResumeRecord {
  profileId: string;
  /** Opaque id of the search document; never the profile or user id (R2). */
  searchKey: string;
  account: { status: AccountStatus; processingRestricted: boolean };
  visibility: Visibility;
  /** Latest SEARCHABLE_PROFILE consent event says granted (R1, R7). */
  searchableConsentGranted: boolean;
  /** Companies the seeker blocked (F3), matched by identity. */
  blockedCompanyIds: readonly string[];
  shareAgeBand: boolean;
  updatedAt: Date;

  personal: {
    firstName: string | null;
    middleName: string | null;
    lastName: string | null;
    birthDate: Date | null;
    gender: string | null;
    nationality: string | null;
    residenceCountry: string | null;
    residenceRegion: string | null;
    nearestStation: string | null;
    phone: string | null;
    email: string;
    visaStatus: VisaStatus | null;
    photoUrl: string | null;
  };

  headline: string | null;
  summary: string | null;
  educationLevel: string | null;
  careerLevel: string | null;
  desiredJobTypes: readonly string[];
  desiredLocations: readonly string[];
  desiredSalary: { min: number | null; max: number | null; currency: string | null; period: string | null };
  availability: string | null;

  workExperiences: readonly {
    employerName: string;
    title: string;
    startDate: Date;
    endDate: Date | null;
    isCurrent: boolean;
    description: string | null;
  }[];
  educations: readonly {
    institution: string;
    level: string | null;
    fieldOfStudy: string | null;
    startDate: Date | null;
    endDate: Date | null;
  }[];
  languageSkills: readonly { language: string; level: LanguageLevel }[];
  skills: readonly { name: string; years: number | null }[];
  certifications: readonly { name: string; issuer: string | null; issuedOn: Date | null; credentialId: string | null }[];
  referees: readonly { name: string; relationship: string; organisation: string | null; email: string | null; phone: string | null }[];
}

/** The company asking to see a resume, as the database says it is right now. */
export interface ViewingCompany {
  id: string;
  status: CompanyStatus;
}
