/**
 * How often the search projection hides something, against how often the generated resume
 * really held personal data in its free text. The synthetic generator writes contact details
 * into some summaries and records which (contactInSummary); any other marker is the scrubber
 * taking an ordinary word for a personal value, which costs the seeker search hits.
 *
 * Pure computation over generated seekers: no database, no index. Nothing personal is printed,
 * only counts.
 */
import type { SyntheticSeeker } from "@tsunagu/db/seed";
import { SCRUB_MARKER, toSearchDocument, type RedactedResume, type ResumeRecord } from "@tsunagu/privacy";

export interface MarkerShare {
  /** Resumes the search projection turned into an index document (R1 allows them). */
  documents: number;
  /** Index documents with at least one marker. */
  withMarker: number;
  /** Index documents whose source free text really held personal data. */
  withPersonalData: number;
  /** Documents with a marker whose source held no personal data: over-scrubbing. */
  falseMarkers: number;
  /** Documents whose source held personal data but which carry no marker: a likely leak. */
  unmarkedPersonalData: number;
  /** Time spent in the projection itself, without generating the resumes. */
  projectionMs: number;
}

/** The resume as the search source would read it back from the rows the generator wrote. */
export function syntheticResumeRecord(seeker: SyntheticSeeker, n: number): ResumeRecord {
  const { resume, privacy } = seeker;
  const { person, professional } = resume;
  return {
    profileId: `synthetic-profile-${n}`,
    searchKey: `synthetic-${n}`,
    account: { status: "ACTIVE", processingRestricted: privacy === "restricted" },
    visibility: privacy === "private" ? "PRIVATE" : "SEARCHABLE",
    searchableConsentGranted: privacy === "searchable" || privacy === "restricted",
    blockedCompanyIds: [],
    blockedDomains: [],
    shareAgeBand: professional.shareAgeBand,
    updatedAt: seeker.createdAt,
    personal: {
      firstName: person.firstName,
      middleName: person.middleName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      gender: person.gender,
      nationality: person.nationality,
      residenceCountry: person.residenceCountry,
      residenceRegion: person.residenceRegion,
      nearestStation: person.nearestStation,
      phone: person.phone,
      email: seeker.email,
      visaStatus: person.visaStatus,
      photoUrl: null,
    },
    headline: professional.headline,
    summary: professional.summary,
    educationLevel: professional.educationLevel,
    careerLevel: professional.careerLevel,
    desiredJobTypes: professional.desiredJobTypes,
    desiredLocations: professional.desiredLocations,
    desiredSalary: {
      min: professional.desiredSalaryMin,
      max: professional.desiredSalaryMax,
      currency: professional.desiredSalaryCurrency,
      period: professional.desiredSalaryPeriod,
    },
    availability: professional.availability,
    workExperiences: resume.workExperiences,
    educations: resume.educations,
    languageSkills: resume.languageSkills,
    skills: resume.skills,
    certifications: resume.certifications.map((c) => ({ ...c, credentialId: null })),
    referees: resume.referees,
  };
}

function carriesMarker(value: unknown): boolean {
  if (typeof value === "string") return value.includes(SCRUB_MARKER);
  if (Array.isArray(value)) return value.some(carriesMarker);
  if (value && typeof value === "object") return Object.values(value).some(carriesMarker);
  return false;
}

export function measureMarkerShare(seekers: Iterable<SyntheticSeeker>, asOf: Date): MarkerShare {
  const share: MarkerShare = {
    documents: 0,
    withMarker: 0,
    withPersonalData: 0,
    falseMarkers: 0,
    unmarkedPersonalData: 0,
    projectionMs: 0,
  };
  let n = 0;
  for (const seeker of seekers) {
    const record = syntheticResumeRecord(seeker, ++n);
    const started = performance.now();
    const document: RedactedResume | null = toSearchDocument(record, asOf);
    share.projectionMs += performance.now() - started;
    if (!document) continue;
    const marked = carriesMarker(document);
    const personal = seeker.resume.contactInSummary !== null;
    share.documents += 1;
    if (marked) share.withMarker += 1;
    if (personal) share.withPersonalData += 1;
    if (marked && !personal) share.falseMarkers += 1;
    if (personal && !marked) share.unmarkedPersonalData += 1;
  }
  return share;
}

const percent = (part: number, whole: number) => `${((part / (whole || 1)) * 100).toFixed(2)} %`;

/** One line for a report: documents with the marker, the ones that held personal data, and the rest. */
export function describeMarkerShare(share: MarkerShare): string {
  return (
    `${share.withMarker.toLocaleString("en")} of ${share.documents.toLocaleString("en")} documents carry the marker (${percent(share.withMarker, share.documents)}); ` +
    `${share.withPersonalData.toLocaleString("en")} held personal data in free text (${percent(share.withPersonalData, share.documents)}); ` +
    `${share.falseMarkers.toLocaleString("en")} false markers, ${share.unmarkedPersonalData.toLocaleString("en")} with personal data but no marker`
  );
}
