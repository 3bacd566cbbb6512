import {
  availabilities,
  careerLevels,
  desiredLocations,
  educationLevels,
  employmentTypes,
  prefectures,
  salaryPeriods,
  type AvailabilityCode,
  type CareerLevelCode,
  type DesiredLocationCode,
  type EducationLevelCode,
  type EmploymentTypeCode,
  type LanguageCode,
  type PrefectureCode,
  type SalaryPeriodCode,
  type Vocabulary,
} from "@tsunagu/vocab";
import { conceptTerms, foldText, matchConcepts } from "@tsunagu/vocab/taxonomy";
import {
  ageBandOf,
  jlptRankOf,
  knownLanguageSkillsOf,
  languageKeywordsOf,
  personalTermsOf,
  workAuthorizationOf,
  yearsOfExperienceOf,
  type WorkAuthorization,
} from "./derived";
import { isDomainBlocked } from "./exclusions";
import type { ResumeRecord, ViewingCompany } from "./resume";
import { createScrubber, scrubFreeText, type PersonalTerms } from "./scrub";
import { decideIndexing, mayCompanySearch } from "./visibility";

/**
 * The redacted resume: the only shape in which a resume reaches the search index, an employer
 * searching, or the seeker's own "what employers see" preview (R2, F4). Built from an
 * allowlist; nothing personal is copied, every seeker-written string is scrubbed, and every
 * structured value is a code of a closed vocabulary (packages/vocab) or left out.
 */
export interface RedactedResume {
  id: string;
  headline: string | null;
  summary: string | null;
  careerLevel: CareerLevelCode | null;
  educationLevel: EducationLevelCode | null;
  workAuthorization: WorkAuthorization;
  ageBand: string | null;
  residenceRegion: PrefectureCode | null;
  yearsOfExperience: number;
  languages: LanguageCode[];
  languageLevels: string[];
  languageKeywords: string[];
  jlptRank: number | null;
  skills: string[];
  /**
   * For each skill and job title that is a taxonomy concept, its labels and aliases in en/vi/ja
   * (and their folded forms): vocabulary, never the seeker's text, so a query in one language
   * finds a resume written in another (F12).
   */
  concepts: string[];
  certifications: string[];
  experience: { title: string; startYear: number; endYear: number | null; isCurrent: boolean; description: string | null }[];
  education: { level: EducationLevelCode | null; fieldOfStudy: string | null; endYear: number | null }[];
  desiredJobTypes: EmploymentTypeCode[];
  /** Codes, for filters and facets. */
  desiredLocations: DesiredLocationCode[];
  /** Their names in the three UI languages, so a query in any of them finds the location. */
  desiredLocationNames: string[];
  desiredSalaryMin: number | null;
  desiredSalaryMax: number | null;
  desiredSalaryCurrency: string | null;
  desiredSalaryPeriod: SalaryPeriodCode | null;
  availability: AvailabilityCode | null;
  updatedAt: number;
}

/** The value when it is one of the vocabulary's codes; unknown text is dropped, never copied. */
function known<Code extends string>(vocabulary: Vocabulary<Code>, value: string | null): Code | null {
  return vocabulary.has(value) ? value : null;
}

/** The known codes among the values, each once, in the seeker's order. */
function knownList<Code extends string>(vocabulary: Vocabulary<Code>, values: readonly string[]): Code[] {
  return [...new Set(values.filter((value): value is Code => vocabulary.has(value)))];
}

function scrubber(terms: PersonalTerms) {
  const scrub = createScrubber(terms);
  return {
    text: (value: string | null) => (value === null ? null : scrub(value)),
    list: (values: readonly string[]) => values.map(scrub),
  };
}

/** Redaction without the R1 gate: what an employer would see if the resume were searchable. */
export function redactResume(resume: ResumeRecord, asOf: Date): RedactedResume {
  const scrub = scrubber(personalTermsOf(resume));
  const languageSkills = knownLanguageSkillsOf(resume.languageSkills);
  const locations = knownList(desiredLocations, resume.desiredLocations);
  const skills = scrub.list(resume.skills.map((s) => s.name));
  const experience = resume.workExperiences.map((job) => ({
    title: scrub.text(job.title) ?? "",
    startYear: job.startDate.getUTCFullYear(),
    endYear: job.isCurrent || !job.endDate ? null : job.endDate.getUTCFullYear(),
    isCurrent: job.isCurrent,
    description: scrub.text(job.description),
  }));
  const headline = scrub.text(resume.headline);
  return {
    id: resume.searchKey,
    headline,
    summary: scrub.text(resume.summary),
    careerLevel: known(careerLevels, resume.careerLevel),
    educationLevel: known(educationLevels, resume.educationLevel),
    workAuthorization: workAuthorizationOf(resume.personal.visaStatus),
    ageBand: resume.shareAgeBand ? ageBandOf(resume.personal.birthDate, asOf) : null,
    // A prefecture is coarse enough to share; Japan only, since abroad a region can point at a
    // small community (the database keeps no region outside Japan either).
    residenceRegion: resume.personal.residenceCountry === "JP" ? known(prefectures, resume.personal.residenceRegion) : null,
    yearsOfExperience: yearsOfExperienceOf(resume.workExperiences, asOf),
    languages: languageSkills.map((l) => l.language),
    languageLevels: languageSkills.map((l) => `${l.language}:${l.level}`),
    languageKeywords: languageKeywordsOf(languageSkills),
    jlptRank: jlptRankOf(languageSkills),
    skills,
    concepts: conceptTermsOf([...skills, ...experience.map((job) => job.title), headline ?? ""]),
    certifications: scrub.list(resume.certifications.map((c) => c.name)),
    experience,
    education: resume.educations.map((e) => ({
      level: known(educationLevels, e.level),
      fieldOfStudy: scrub.text(e.fieldOfStudy),
      endYear: e.endDate ? e.endDate.getUTCFullYear() : null,
    })),
    desiredJobTypes: knownList(employmentTypes, resume.desiredJobTypes),
    // Codes, never scrubbed: a code is not the seeker's text, and scrubbing a location that
    // happens to match a word of an employer's name would drop the candidate from its filter.
    desiredLocations: locations,
    desiredLocationNames: [...new Set(locations.flatMap((code) => desiredLocations.names(code)))],
    desiredSalaryMin: resume.desiredSalary.min,
    desiredSalaryMax: resume.desiredSalary.max,
    desiredSalaryCurrency: resume.desiredSalary.currency,
    desiredSalaryPeriod: known(salaryPeriods, resume.desiredSalary.period),
    availability: known(availabilities, resume.availability),
    updatedAt: resume.updatedAt.getTime(),
  };
}

/**
 * The taxonomy terms of the concepts the skills, titles and headline name (matchConcepts: the
 * whole text or its bracketed and separated parts, each exactly; matched after scrubbing, so a
 * part that held a personal term matches nothing). Only vocabulary strings come out.
 */
function conceptTermsOf(texts: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const concept of matchConcepts(text)) {
      for (const term of conceptTerms(concept)) {
        terms.add(term);
        terms.add(foldText(term));
      }
    }
  }
  return [...terms];
}

/** R1 + R2: the document for the search index, or null when the resume must not be there. */
export function toSearchDocument(resume: ResumeRecord, asOf: Date): RedactedResume | null {
  return decideIndexing(resume).indexable ? redactResume(resume, asOf) : null;
}

/** F4: the seeker's preview is literally the search projection, gate aside. */
export const toEmployerPreview = redactResume;

/** F12: what a searching company sees of a candidate, or null when it may not see it (R4). */
export function toCandidateView(resume: ResumeRecord, company: ViewingCompany, asOf: Date): RedactedResume | null {
  return mayCompanySearch(resume, company) ? redactResume(resume, asOf) : null;
}

export interface ContactDetails {
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  email: string;
  phone: string | null;
}

function contactOf(resume: ResumeRecord): ContactDetails {
  const p = resume.personal;
  return { firstName: p.firstName, middleName: p.middleName, lastName: p.lastName, email: p.email, phone: p.phone };
}

/**
 * F6/R5: after the seeker accepts a company's invitation, that company sees the redacted
 * resume plus contact details. Still nothing if the account is gone, restricted or the company
 * suspended or blocked; visibility and search consent no longer matter, the seeker said yes.
 */
export function toAcceptedInvitationView(
  resume: ResumeRecord,
  company: ViewingCompany,
  asOf: Date,
): (RedactedResume & { contact: ContactDetails }) | null {
  if (company.status !== "ACTIVE" || resume.blockedCompanyIds.includes(company.id)) return null;
  if (isDomainBlocked(resume.blockedDomains, company.viewerEmailDomain)) return null;
  if (resume.account.status !== "ACTIVE" || resume.account.processingRestricted) return null;
  return { ...redactResume(resume, asOf), contact: contactOf(resume) };
}

/** What the seeker chose to include when applying, beyond the professional resume. */
export interface ApplicationSharing {
  photo: boolean;
  birthDate: boolean;
  gender: boolean;
  nationality: boolean;
  referees: boolean;
}

export const DEFAULT_APPLICATION_SHARING: ApplicationSharing = {
  photo: false,
  birthDate: false,
  gender: false,
  nationality: false,
  referees: false,
};

export interface ApplicationSnapshot {
  contact: ContactDetails;
  residenceCountry: string | null;
  residenceRegion: string | null;
  visaStatus: string | null;
  photoUrl: string | null;
  birthDate: string | null;
  gender: string | null;
  nationality: string | null;
  headline: string | null;
  summary: string | null;
  careerLevel: string | null;
  educationLevel: string | null;
  workExperiences: { employerName: string; title: string; startDate: string; endDate: string | null; isCurrent: boolean; description: string | null }[];
  educations: { institution: string; level: string | null; fieldOfStudy: string | null; startDate: string | null; endDate: string | null }[];
  languageSkills: { language: string; level: string }[];
  skills: { name: string; years: number | null }[];
  certifications: { name: string; issuer: string | null; issuedOn: string | null }[];
  referees: { name: string; relationship: string; organisation: string | null; email: string | null; phone: string | null }[];
  takenAt: string;
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * F5/F14/R5: the resume as shared with one company at the moment of applying. The employer's
 * applicant view shows this snapshot, not the live resume.
 */
export function toApplicationSnapshot(
  resume: ResumeRecord,
  sharing: ApplicationSharing,
  asOf: Date,
): ApplicationSnapshot {
  const p = resume.personal;
  return {
    contact: contactOf(resume),
    residenceCountry: p.residenceCountry,
    residenceRegion: p.residenceRegion,
    visaStatus: p.visaStatus,
    photoUrl: sharing.photo ? p.photoUrl : null,
    birthDate: sharing.birthDate ? isoDate(p.birthDate) : null,
    gender: sharing.gender ? p.gender : null,
    nationality: sharing.nationality ? p.nationality : null,
    headline: resume.headline,
    summary: resume.summary,
    careerLevel: resume.careerLevel,
    educationLevel: resume.educationLevel,
    workExperiences: resume.workExperiences.map((j) => ({
      employerName: j.employerName,
      title: j.title,
      startDate: isoDate(j.startDate)!,
      endDate: isoDate(j.endDate),
      isCurrent: j.isCurrent,
      description: j.description,
    })),
    educations: resume.educations.map((e) => ({
      institution: e.institution,
      level: e.level,
      fieldOfStudy: e.fieldOfStudy,
      startDate: isoDate(e.startDate),
      endDate: isoDate(e.endDate),
    })),
    languageSkills: resume.languageSkills.map((l) => ({ language: l.language, level: l.level })),
    skills: resume.skills.map((s) => ({ name: s.name, years: s.years })),
    certifications: resume.certifications.map((c) => ({ name: c.name, issuer: c.issuer, issuedOn: isoDate(c.issuedOn) })),
    referees: sharing.referees ? resume.referees.map((r) => ({ ...r })) : [],
    takenAt: asOf.toISOString(),
  };
}

/** F14: what the applications inbox shows, or null once the application's data was deleted. */
export function toApplicantView(
  application: { snapshot: ApplicationSnapshot | null; deletedFromEmployerViewAt: Date | null },
): ApplicationSnapshot | null {
  if (!application.snapshot || application.deletedFromEmployerViewAt) return null;
  return application.snapshot;
}

export interface NetworkingCardView {
  displayName: string | null;
  headline: string | null;
  careerLevel: CareerLevelCode | null;
  languages: { language: LanguageCode; level: string }[];
  skills: string[];
}

/**
 * F3: the public card. The seeker opted in to share it, so a first name appears; no contact
 * data, no employer names, free text scrubbed. Null while the card is off or the account is
 * not active.
 */
export function toNetworkingCard(resume: ResumeRecord, card: { enabled: boolean }): NetworkingCardView | null {
  if (!card.enabled || resume.account.status !== "ACTIVE" || resume.account.processingRestricted) return null;
  const terms = personalTermsOf(resume);
  const withoutOwnName: PersonalTerms = {
    ...terms,
    names: terms.names.filter((n) => n !== resume.personal.firstName),
  };
  return {
    displayName: resume.personal.firstName,
    headline: resume.headline === null ? null : scrubFreeText(resume.headline, withoutOwnName),
    careerLevel: known(careerLevels, resume.careerLevel),
    languages: knownLanguageSkillsOf(resume.languageSkills),
    skills: resume.skills.map((s) => scrubFreeText(s.name, terms)),
  };
}
