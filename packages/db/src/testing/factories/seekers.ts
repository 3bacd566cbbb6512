import type { Prisma } from "../../generated/prisma/client";
import type { ConsentPurpose } from "../../generated/prisma/enums";
import { defaultFaker } from "../faker";
import { buildResume, type ResumeDraft } from "../resume/build-resume";
import { OCCUPATIONS, type ResumeLocale } from "../resume/catalog";
import type { DbClient, FactoryContext } from "../types";
import { slugify, uniqueSuffix } from "../unique";
import { DEMO_POLICY_VERSION } from "./consent";

export interface CreateSeekerOptions extends FactoryContext {
  /** Language the resume is written in; random (mostly Vietnamese) when omitted. */
  locale?: ResumeLocale;
  email?: string;
  /**
   * SEARCHABLE with the searchable-profile consent granted (R1 satisfied); otherwise PRIVATE
   * with no consent. Override `profile.visibility` or add consents to build the edge cases.
   */
  searchable?: boolean;
  /** Purposes granted in addition to SEARCHABLE_PROFILE. */
  consents?: ConsentPurpose[];
  /** "empty" is the state right after sign-up: only the birth date is known. */
  resume?: "full" | "empty";
  /**
   * Makes the seeker currently employed by this platform company: the current work experience
   * links it by id and, as the product does by default, the company is blocked (F3).
   */
  currentEmployer?: { id: string; name: string };
  user?: Partial<Omit<Prisma.UserCreateInput, "seekerProfile" | "consentEvents" | "kind">>;
  profile?: Partial<
    Omit<
      Prisma.SeekerProfileCreateWithoutUserInput,
      "workExperiences" | "educations" | "languageSkills" | "skills" | "certifications" | "referees"
    >
  >;
}

export interface CreatedSeeker {
  user: Prisma.UserGetPayload<object>;
  profile: Prisma.SeekerProfileGetPayload<object>;
  /** The generated resume as plain data, for assertions. */
  resume: ResumeDraft;
}

const LOCALE_MIX = [
  { value: "vi", weight: 55 },
  { value: "en", weight: 25 },
  { value: "ja", weight: 20 },
] as const;

/** A seeker account with a complete resume in one nested write. */
export async function createSeeker(
  db: DbClient,
  options: CreateSeekerOptions = {},
): Promise<CreatedSeeker> {
  const faker = options.faker ?? defaultFaker;
  const now = options.now ?? new Date();
  const locale =
    options.locale ?? faker.helpers.weightedArrayElement(LOCALE_MIX.map((l) => ({ ...l })));
  const resume = buildResume(faker, { locale, now });
  const full = options.resume !== "empty";
  const { person, professional } = resume;
  const email =
    options.email ??
    `${slugify(`${person.firstName}.${person.lastName}`).replace(/-/g, ".") || "seeker"}.${uniqueSuffix()}@example.test`;

  const purposes = new Set<ConsentPurpose>(options.consents ?? []);
  if (options.searchable) purposes.add("SEARCHABLE_PROFILE");
  if (options.currentEmployer) makeCurrentEmployer(resume, options.currentEmployer.name, now);
  const currentJobIndex = resume.workExperiences.findIndex((w) => w.isCurrent);
  const currentEmployerId = full ? options.currentEmployer?.id : undefined;

  const user = await db.user.create({
    data: {
      email,
      kind: "SEEKER",
      emailVerifiedAt: now,
      createdAt: now,
      locale: locale === "vi" ? "VI" : locale === "ja" ? "JA" : "EN",
      ...options.user,
      consentEvents: {
        create: [...purposes].map((purpose) => ({
          purpose,
          granted: true,
          source: purpose === "SEARCHABLE_PROFILE" ? "VISIBILITY_SETTINGS" : "SIGN_UP",
          policyVersion: DEMO_POLICY_VERSION,
          occurredAt: now,
        })),
      },
      seekerProfile: {
        create: {
          birthDate: person.birthDate,
          visibility: options.searchable ? "SEARCHABLE" : "PRIVATE",
          ...(full
            ? {
                ...person,
                ...professional,
                workExperiences: {
                  create: resume.workExperiences.map((w, index) => ({
                    ...w,
                    companyId: index === currentJobIndex ? currentEmployerId : undefined,
                  })),
                },
                educations: { create: resume.educations },
                languageSkills: { create: resume.languageSkills },
                skills: { create: resume.skills },
                certifications: { create: resume.certifications },
                referees: {
                  create: resume.referees.map((r) => ({ ...r, consentAttestedAt: now })),
                },
              }
            : {}),
          // The block of the current employer is made by the database (trigger
          // block_current_employer), as it is however the product saves the experience.
          ...options.profile,
        },
      },
    },
    include: { seekerProfile: true },
  });
  const { seekerProfile, ...userRow } = user;
  if (!seekerProfile) throw new Error("createSeeker: the profile was not created");
  return { user: userRow, profile: seekerProfile, resume };
}

function makeCurrentEmployer(resume: ResumeDraft, employerName: string, now: Date): void {
  const latest = resume.workExperiences[0];
  const startDate = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1));
  if (latest) {
    Object.assign(latest, { employerName, endDate: null, isCurrent: true });
  } else {
    const title =
      OCCUPATIONS.find((o) => o.key === resume.occupation)?.title[resume.locale] ??
      resume.professional.headline;
    resume.workExperiences.push({
      employerName,
      title,
      startDate,
      endDate: null,
      isCurrent: true,
      description: "",
      position: 0,
    });
  }
}
