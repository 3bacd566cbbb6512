import { checkSeekerBirthDate, minimumSeekerAge } from "@tsunagu/auth";
import type { Db } from "@tsunagu/db";
import { toE164 } from "@tsunagu/schemas";
import type { ExperienceSection, LanguagesSection, PersonalSection, SkillsSection, SummarySection } from "@tsunagu/schemas/resume";
import { AppError } from "../../errors";

const orNull = <T>(value: T | undefined): T | null => value ?? null;
const dateOrNull = (value: string | undefined) => (value ? new Date(`${value}T00:00:00.000Z`) : null);

/**
 * Each section of the builder is saved on its own, replacing what the section held: a field
 * left empty is cleared. The profile's row triggers write the outbox event in the same
 * transaction (R3), so the search document follows every save.
 */
export async function savePersonalSection(db: Db, userId: string, input: PersonalSection, now = new Date()) {
  const birth = checkSeekerBirthDate(input.birthDate, now);
  if ("problem" in birth) {
    const minimumAge = minimumSeekerAge();
    throw new AppError("BAD_REQUEST", birth.problem === "below-minimum-age" ? `You need to be at least ${minimumAge}.` : "Enter a real date of birth.", {
      fieldProblem:
        birth.problem === "below-minimum-age"
          ? { field: "birthDate", key: "belowMinimumAge", params: { age: minimumAge } }
          : { field: "birthDate", key: "invalid" },
    });
  }
  const phone = input.phone ? toE164(input.phone, input.residenceCountry) : null;
  if (input.phone && !phone) {
    throw new AppError("BAD_REQUEST", "Enter a phone number we can call.", { fieldProblem: { field: "phone", key: "phone" } });
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
    data: { headline: orNull(input.headline), summary: orNull(input.summary), careerLevel: orNull(input.careerLevel) },
    select: { updatedAt: true },
  });
  return { savedAt: updatedAt };
}

/** The languages section replaces the seeker's languages; the child rows' triggers write the outbox event (R3). */
export async function saveLanguagesSection(db: Db, userId: string, input: LanguagesSection) {
  return db.$transaction(async (tx) => {
    const profile = await tx.seekerProfile.findUniqueOrThrow({ where: { userId }, select: { id: true } });
    await tx.languageSkill.deleteMany({ where: { profileId: profile.id } });
    if (input.languages.length > 0) {
      await tx.languageSkill.createMany({ data: input.languages.map((entry) => ({ profileId: profile.id, language: entry.language, level: entry.level })) });
    }
    // Touch the profile so the builder's "updated" time and the save confirmation agree.
    const { updatedAt } = await tx.seekerProfile.update({ where: { id: profile.id }, data: { updatedAt: new Date() }, select: { updatedAt: true } });
    return { savedAt: updatedAt };
  });
}

/** Skills and certifications replace what the section held; the child rows' triggers write the outbox event (R3). */
export async function saveSkillsSection(db: Db, userId: string, input: SkillsSection) {
  return db.$transaction(async (tx) => {
    const profile = await tx.seekerProfile.findUniqueOrThrow({ where: { userId }, select: { id: true } });
    await tx.skill.deleteMany({ where: { profileId: profile.id } });
    await tx.certification.deleteMany({ where: { profileId: profile.id } });
    if (input.skills.length > 0) {
      await tx.skill.createMany({ data: input.skills.map((skill) => ({ profileId: profile.id, name: skill.name, years: orNull(skill.years) })) });
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
    const { updatedAt } = await tx.seekerProfile.update({ where: { id: profile.id }, data: { updatedAt: new Date() }, select: { updatedAt: true } });
    return { savedAt: updatedAt };
  });
}

const firstOfMonth = (month: string) => new Date(`${month}-01T00:00:00.000Z`);

/** Work experience replaces the jobs the section held, in the seeker's order; the child rows' triggers write the outbox event (R3). */
export async function saveExperienceSection(db: Db, userId: string, input: ExperienceSection) {
  return db.$transaction(async (tx) => {
    const profile = await tx.seekerProfile.findUniqueOrThrow({ where: { userId }, select: { id: true } });
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
    const { updatedAt } = await tx.seekerProfile.update({ where: { id: profile.id }, data: { updatedAt: new Date() }, select: { updatedAt: true } });
    return { savedAt: updatedAt };
  });
}
