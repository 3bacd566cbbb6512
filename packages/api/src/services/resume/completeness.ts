/**
 * How complete a resume is, section by section, and what to add next: the builder's meter.
 * Counts what employers need to judge a candidate; a section counts once its essentials are in.
 * Referees are optional (third-party data nobody should feel pushed to add) and do not count.
 */
export const RESUME_SECTIONS = [
  "personal",
  "summary",
  "experience",
  "education",
  "languages",
  "skills",
  "preferences",
] as const;
export type ResumeSection = (typeof RESUME_SECTIONS)[number];

export interface Completeness {
  /** 0–100. */
  percent: number;
  /** Sections still missing something, in the order the builder shows them. */
  missing: ResumeSection[];
}

interface CompletenessInput {
  personal: {
    firstName: string | null;
    lastName: string | null;
    phone: string | null;
    residenceCountry: string | null;
    visaStatus: string | null;
  };
  summary: { headline: string | null; summary: string | null };
  languages: { language: string; level: string }[];
  skills: { skills: { name: string }[] };
  experiences: { title: string }[];
  educations: { institution: string }[];
  preferences: {
    desiredJobTypes: string[];
    desiredLocations: string[];
    availability: string | null;
  };
}

const COMPLETE: Record<ResumeSection, (resume: CompletenessInput) => boolean> = {
  personal: ({ personal: p }) =>
    Boolean(p.firstName && p.lastName && p.phone && p.residenceCountry && p.visaStatus),
  summary: ({ summary: s }) => Boolean(s.headline && s.summary),
  experience: ({ experiences }) => experiences.length > 0,
  languages: ({ languages }) => languages.length > 0,
  skills: ({ skills }) => skills.skills.length > 0,
  education: ({ educations }) => educations.length > 0,
  preferences: ({ preferences: p }) =>
    p.desiredJobTypes.length > 0 && p.desiredLocations.length > 0 && Boolean(p.availability),
};

export function completenessOf(resume: CompletenessInput): Completeness {
  const missing = RESUME_SECTIONS.filter((section) => !COMPLETE[section](resume));
  return {
    percent: Math.round((100 * (RESUME_SECTIONS.length - missing.length)) / RESUME_SECTIONS.length),
    missing,
  };
}
