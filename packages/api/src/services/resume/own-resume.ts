import type { Db, LanguageLevel } from "@tsunagu/db";
import { AppError } from "../../errors";
import { completenessOf, type Completeness } from "./completeness";

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** The seeker's own resume as the builder edits it: everything they entered, nothing derived. */
export interface OwnResume {
  personal: {
    firstName: string | null;
    middleName: string | null;
    lastName: string | null;
    birthDate: string;
    gender: string | null;
    nationality: string | null;
    residenceCountry: string | null;
    residenceRegion: string | null;
    nearestStation: string | null;
    /** E.164. */
    phone: string | null;
    visaStatus: string | null;
    visaExpiresOn: string | null;
  };
  summary: { headline: string | null; summary: string | null; careerLevel: string | null };
  /** ISO 639-1 code and level, in the order of the language code. */
  languages: { language: string; level: LanguageLevel }[];
  skills: {
    skills: { name: string; years: number | null }[];
    certifications: {
      name: string;
      issuer: string | null;
      issuedOn: string | null;
      expiresOn: string | null;
      credentialId: string | null;
    }[];
  };
  /** Jobs in the seeker's order, months as YYYY-MM. */
  experiences: {
    employerName: string;
    title: string;
    startMonth: string;
    endMonth: string | null;
    isCurrent: boolean;
    description: string | null;
  }[];
  /** Schools in the seeker's order, months as YYYY-MM. */
  educations: {
    institution: string;
    level: string | null;
    fieldOfStudy: string | null;
    startMonth: string | null;
    endMonth: string | null;
  }[];
  preferences: {
    desiredJobTypes: string[];
    desiredLocations: string[];
    desiredSalaryMin: number | null;
    desiredSalaryMax: number | null;
    desiredSalaryCurrency: string | null;
    desiredSalaryPeriod: string | null;
    availability: string | null;
    availableFrom: string | null;
  };
  /** Phones in E.164; consentAttestedAt is when the seeker attested the referee agreed. */
  referees: {
    name: string;
    relationship: string;
    organisation: string | null;
    email: string | null;
    phone: string | null;
    consentAttestedAt: Date;
  }[];
  visibility: "PRIVATE" | "SEARCHABLE";
  updatedAt: Date;
  completeness: Completeness;
}

const OWN_RESUME_SELECT = {
  firstName: true,
  middleName: true,
  lastName: true,
  birthDate: true,
  gender: true,
  nationality: true,
  residenceCountry: true,
  residenceRegion: true,
  nearestStation: true,
  phone: true,
  visaStatus: true,
  visaExpiresOn: true,
  headline: true,
  summary: true,
  careerLevel: true,
  desiredJobTypes: true,
  desiredLocations: true,
  desiredSalaryMin: true,
  desiredSalaryMax: true,
  desiredSalaryCurrency: true,
  desiredSalaryPeriod: true,
  availability: true,
  availableFrom: true,
  visibility: true,
  updatedAt: true,
  languageSkills: { select: { language: true, level: true }, orderBy: { language: "asc" } },
  skills: { select: { name: true, years: true }, orderBy: { id: "asc" } },
  certifications: {
    select: { name: true, issuer: true, issuedOn: true, expiresOn: true, credentialId: true },
    orderBy: { id: "asc" },
  },
  workExperiences: {
    select: {
      employerName: true,
      title: true,
      startDate: true,
      endDate: true,
      isCurrent: true,
      description: true,
    },
    orderBy: { position: "asc" },
  },
  educations: {
    select: { institution: true, level: true, fieldOfStudy: true, startDate: true, endDate: true },
    orderBy: { position: "asc" },
  },
  referees: {
    select: {
      name: true,
      relationship: true,
      organisation: true,
      email: true,
      phone: true,
      consentAttestedAt: true,
    },
    orderBy: { id: "asc" },
  },
} as const;

/** F2: the signed-in seeker's resume. Every seeker has one, made at sign-up. */
export async function loadOwnResume(db: Db, userId: string): Promise<OwnResume> {
  const profile = await db.seekerProfile.findUnique({
    where: { userId },
    select: OWN_RESUME_SELECT,
  });
  if (!profile) throw new AppError("NOT_FOUND", "This account has no resume.");
  const resume = {
    personal: {
      firstName: profile.firstName,
      middleName: profile.middleName,
      lastName: profile.lastName,
      birthDate: day(profile.birthDate)!,
      gender: profile.gender,
      nationality: profile.nationality,
      residenceCountry: profile.residenceCountry,
      residenceRegion: profile.residenceRegion,
      nearestStation: profile.nearestStation,
      phone: profile.phone,
      visaStatus: profile.visaStatus,
      visaExpiresOn: day(profile.visaExpiresOn),
    },
    summary: {
      headline: profile.headline,
      summary: profile.summary,
      careerLevel: profile.careerLevel,
    },
    languages: profile.languageSkills,
    skills: {
      skills: profile.skills,
      certifications: profile.certifications.map((c) => ({
        ...c,
        issuedOn: day(c.issuedOn),
        expiresOn: day(c.expiresOn),
      })),
    },
    experiences: profile.workExperiences.map(({ startDate, endDate, ...job }) => ({
      ...job,
      startMonth: day(startDate)!.slice(0, 7),
      endMonth: day(endDate)?.slice(0, 7) ?? null,
    })),
    educations: profile.educations.map(({ startDate, endDate, ...entry }) => ({
      ...entry,
      startMonth: day(startDate)?.slice(0, 7) ?? null,
      endMonth: day(endDate)?.slice(0, 7) ?? null,
    })),
    preferences: {
      desiredJobTypes: profile.desiredJobTypes,
      desiredLocations: profile.desiredLocations,
      desiredSalaryMin: profile.desiredSalaryMin,
      desiredSalaryMax: profile.desiredSalaryMax,
      desiredSalaryCurrency: profile.desiredSalaryCurrency,
      desiredSalaryPeriod: profile.desiredSalaryPeriod,
      availability: profile.availability,
      availableFrom: day(profile.availableFrom),
    },
    referees: profile.referees,
    visibility: profile.visibility,
    updatedAt: profile.updatedAt,
  };
  return { ...resume, completeness: completenessOf(resume) };
}
