import type { LanguageLevelCode, VisaStatusCode } from "@tsunagu/vocab";

/**
 * The resume as the privacy rules see it: plain data, assembled from the database by the
 * caller (privacy imports no database). Structured values are typed as stored: strings that
 * the projections accept only when they are codes of a closed vocabulary (packages/vocab).
 */
export type Visibility = "PRIVATE" | "SEARCHABLE";
export type AccountStatus = "ACTIVE" | "SUSPENDED" | "DELETION_PENDING";
export type CompanyStatus = "ACTIVE" | "SUSPENDED";

/** Codes as packages/vocab lists them; the database enums of the same name mirror them. */
export type VisaStatus = VisaStatusCode;
export type LanguageLevel = LanguageLevelCode;

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
  /**
   * Email domains the seeker blocked (F3), lower case: no member with a confirmed address at
   * one of them or a subdomain may find or open the resume, whatever company they search from.
   */
  blockedDomains: readonly string[];
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
  /**
   * Domain of the viewing member's confirmed email address, lower case; null when the viewer
   * has none (F3 domain blocks match it and its parent domains).
   */
  viewerEmailDomain?: string | null;
}
