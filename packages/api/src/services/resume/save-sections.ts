import { checkSeekerBirthDate, minimumSeekerAge } from "@tsunagu/auth";
import type { Db } from "@tsunagu/db";
import { toE164 } from "@tsunagu/schemas";
import type {
  EducationSection,
  ExperienceSection,
  LanguagesSection,
  PersonalSection,
  PreferencesSection,
  RefereesSection,
  SkillsSection,
  SummarySection,
} from "@tsunagu/schemas/resume";
import { educationLevels, type EducationLevelCode } from "@tsunagu/vocab";
import { AppError } from "../../errors";

const orNull = <T>(value: T | undefined): T | null => value ?? null;
const dateOrNull = (value: string | undefined) =>
  value ? new Date(`${value}T00:00:00.000Z`) : null;

/**
 * Each section of the builder is saved on its own, replacing what the section held: a field
 * left empty is cleared. The profile's row triggers write the outbox event in the same
 * transaction (R3), so the search document follows every save.
 */
export async function savePersonalSection(
  db: Db,
  userId: string,
  input: PersonalSection,
  now = new Date(),
) {
  const birth = checkSeekerBirthDate(input.birthDate, now);
  if ("problem" in birth) {
    const minimumAge = minimumSeekerAge();
    throw new AppError(
      "BAD_REQUEST",
      birth.problem === "below-minimum-age"
        ? `You need to be at least ${minimumAge}.`
        : "Enter a real date of birth.",
      {
        fieldProblem:
          birth.problem === "below-minimum-age"
            ? { field: "birthDate", key: "belowMinimumAge", params: { age: minimumAge } }
            : { field: "birthDate", key: "invalid" },
      },
    );
  }
  const phone = input.phone ? toE164(input.phone, input.residenceCountry) : null;
  if (input.phone && !phone) {
    throw new AppError("BAD_REQUEST", "Enter a phone number we can call.", {
      fieldProblem: { field: "phone", key: "phone" },
    });
  }
  const inJapan = input.residenceCountry === "JP";
  const { updatedAt } = await db.seekerProfile.update({
    where: { userId },
    data: {
      firstName: input.firstName,
      middleName: orNull(input.middleName),
      lastName: input.lastName,
      birthDate: birth.birthDate,
      gender: orNull(input.gender),
      nationality: orNull(input.nationality),
      residenceCountry: orNull(input.residenceCountry),
      residenceRegion: inJapan ? orNull(input.residenceRegion) : null,
      // A station outside Japan would be a finer location than anything else we keep.
      nearestStation: inJapan ? orNull(input.nearestStation) : null,
      phone,
      visaStatus: orNull(input.visaStatus),
      visaExpiresOn: dateOrNull(input.visaExpiresOn),
    },
    select: { updatedAt: true },
  });
  return { savedAt: updatedAt };
}

export async function saveSummarySection(db: Db, userId: string, input: SummarySection) {
  const { updatedAt } = await db.seekerProfile.update({
    where: { userId },
    data: {
      headline: orNull(input.headline),
      summary: orNull(input.summary),
      careerLevel: orNull(input.careerLevel),
    },
    select: { updatedAt: true },
  });
  return { savedAt: updatedAt };
}

/** The languages section replaces the seeker's languages; the child rows' triggers write the outbox event (R3). */
export async function saveLanguagesSection(db: Db, userId: string, input: LanguagesSection) {
  return db.$transaction(async (tx) => {
    const profile = await tx.seekerProfile.findUniqueOrThrow({
      where: { userId },
      select: { id: true },
    });
    await tx.languageSkill.deleteMany({ where: { profileId: profile.id } });
    if (input.languages.length > 0) {
      await tx.languageSkill.createMany({
        data: input.languages.map((entry) => ({
          profileId: profile.id,
          language: entry.language,
          level: entry.level,
        })),
      });
    }
    // Touch the profile so the builder's "updated" time and the save confirmation agree.
    const { updatedAt } = await tx.seekerProfile.update({
      where: { id: profile.id },
      data: { updatedAt: new Date() },
      select: { updatedAt: true },
    });
    return { savedAt: updatedAt };
  });
}

/** Skills and certifications replace what the section held; the child rows' triggers write the outbox event (R3). */
export async function saveSkillsSection(db: Db, userId: string, input: SkillsSection) {
  return db.$transaction(async (tx) => {
    const profile = await tx.seekerProfile.findUniqueOrThrow({
      where: { userId },
      select: { id: true },
    });
    await tx.skill.deleteMany({ where: { profileId: profile.id } });
    await tx.certification.deleteMany({ where: { profileId: profile.id } });
    if (input.skills.length > 0) {
      await tx.skill.createMany({
        data: input.skills.map((skill) => ({
          profileId: profile.id,
          name: skill.name,
          years: orNull(skill.years),
        })),
      });
    }
    if (input.certifications.length > 0) {
      await tx.certification.createMany({
        data: input.certifications.map((certification) => ({
          profileId: profile.id,
          name: certification.name,
          issuer: orNull(certification.issuer),
          issuedOn: dateOrNull(certification.issuedOn),
          expiresOn: dateOrNull(certification.expiresOn),
          credentialId: orNull(certification.credentialId),
        })),
      });
    }
    const { updatedAt } = await tx.seekerProfile.update({
      where: { id: profile.id },
      data: { updatedAt: new Date() },
      select: { updatedAt: true },
    });
    return { savedAt: updatedAt };
  });
}

const firstOfMonth = (month: string) => new Date(`${month}-01T00:00:00.000Z`);

/** Work experience replaces the jobs the section held, in the seeker's order; the child rows' triggers write the outbox event (R3). */
export async function saveExperienceSection(db: Db, userId: string, input: ExperienceSection) {
  return db.$transaction(async (tx) => {
    const profile = await tx.seekerProfile.findUniqueOrThrow({
      where: { userId },
      select: { id: true },
    });
    await tx.workExperience.deleteMany({ where: { profileId: profile.id } });
    if (input.experiences.length > 0) {
      await tx.workExperience.createMany({
        data: input.experiences.map((job, position) => ({
          profileId: profile.id,
          employerName: job.employerName,
          title: job.title,
          startDate: firstOfMonth(job.startMonth),
          endDate: job.isCurrent || !job.endMonth ? null : firstOfMonth(job.endMonth),
          isCurrent: job.isCurrent,
          description: orNull(job.description),
          position,
        })),
      });
    }
    const { updatedAt } = await tx.seekerProfile.update({
      where: { id: profile.id },
      data: { updatedAt: new Date() },
      select: { updatedAt: true },
    });
    return { savedAt: updatedAt };
  });
}

/** The highest of the levels, in the vocabulary's order (secondary … doctorate), or null. */
function highestLevel(levels: (EducationLevelCode | undefined)[]): EducationLevelCode | null {
  const ranks = levels.flatMap((level) => (level ? [educationLevels.codes.indexOf(level)] : []));
  return ranks.length > 0 ? educationLevels.codes[Math.max(...ranks)]! : null;
}

/**
 * Education replaces the schools the section held, in the seeker's order; the profile keeps the
 * highest level, which employers filter on. The rows' triggers write the outbox event (R3).
 */
export async function saveEducationSection(db: Db, userId: string, input: EducationSection) {
  return db.$transaction(async (tx) => {
    const profile = await tx.seekerProfile.findUniqueOrThrow({
      where: { userId },
      select: { id: true },
    });
    await tx.education.deleteMany({ where: { profileId: profile.id } });
    if (input.educations.length > 0) {
      await tx.education.createMany({
        data: input.educations.map((entry, position) => ({
          profileId: profile.id,
          institution: entry.institution,
          level: orNull(entry.level),
          fieldOfStudy: orNull(entry.fieldOfStudy),
          startDate: entry.startMonth ? firstOfMonth(entry.startMonth) : null,
          endDate: entry.endMonth ? firstOfMonth(entry.endMonth) : null,
          position,
        })),
      });
    }
    const { updatedAt } = await tx.seekerProfile.update({
      where: { id: profile.id },
      data: {
        educationLevel: highestLevel(input.educations.map((entry) => entry.level)),
        updatedAt: new Date(),
      },
      select: { updatedAt: true },
    });
    return { savedAt: updatedAt };
  });
}

/** The work the seeker wants; the profile's trigger writes the outbox event (R3). */
export async function savePreferencesSection(db: Db, userId: string, input: PreferencesSection) {
  const { updatedAt } = await db.seekerProfile.update({
    where: { userId },
    data: {
      desiredJobTypes: input.desiredJobTypes,
      desiredLocations: input.desiredLocations,
      desiredSalaryMin: orNull(input.desiredSalaryMin),
      desiredSalaryMax: orNull(input.desiredSalaryMax),
      desiredSalaryCurrency: orNull(input.desiredSalaryCurrency),
      desiredSalaryPeriod: orNull(input.desiredSalaryPeriod),
      availability: orNull(input.availability),
      availableFrom: dateOrNull(input.availableFrom),
    },
    select: { updatedAt: true },
  });
  return { savedAt: updatedAt };
}

/**
 * Referees replace what the section held. Each carries the time the seeker attested the
 * referee's consent: kept from an earlier save when the same person (name and email) is saved
 * again, otherwise the time of this save. The schema refuses a referee without the attestation.
 * Referees never reach the search document (R2); the trigger only re-scrubs free text that may
 * name them (R3).
 */
export async function saveRefereesSection(
  db: Db,
  userId: string,
  input: RefereesSection,
  now = new Date(),
) {
  const phones = input.referees.map((referee) => (referee.phone ? toE164(referee.phone) : null));
  const badPhone = input.referees.findIndex((referee, index) => referee.phone && !phones[index]);
  if (badPhone >= 0) {
    throw new AppError("BAD_REQUEST", "Enter a phone number we can call.", {
      fieldProblem: { field: `referees[${badPhone}].phone`, key: "phone" },
    });
  }
  return db.$transaction(async (tx) => {
    const profile = await tx.seekerProfile.findUniqueOrThrow({
      where: { userId },
      select: { id: true },
    });
    const earlier = await tx.referee.findMany({
      where: { profileId: profile.id },
      select: { name: true, email: true, consentAttestedAt: true },
    });
    const attestedBefore = (name: string, email: string | null) =>
      earlier.find((referee) => referee.name === name && referee.email === email)
        ?.consentAttestedAt;
    await tx.referee.deleteMany({ where: { profileId: profile.id } });
    if (input.referees.length > 0) {
      await tx.referee.createMany({
        data: input.referees.map((referee, index) => {
          const email = orNull(referee.email?.toLowerCase());
          return {
            profileId: profile.id,
            name: referee.name,
            relationship: referee.relationship,
            organisation: orNull(referee.organisation),
            email,
            phone: phones[index] ?? null,
            consentAttestedAt: attestedBefore(referee.name, email) ?? now,
          };
        }),
      });
    }
    const { updatedAt } = await tx.seekerProfile.update({
      where: { id: profile.id },
      data: { updatedAt: now },
      select: { updatedAt: true },
    });
    return { savedAt: updatedAt };
  });
}
