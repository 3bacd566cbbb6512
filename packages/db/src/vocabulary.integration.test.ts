/**
 * The closed vocabularies of @tsunagu/vocab as the database enforces them: enums equal to the
 * Prisma enums, CHECK constraints listing exactly the vocabulary's codes, and hostile text in a
 * structured column refused whatever code path writes it.
 */
import {
  availabilities,
  careerLevels,
  desiredLocations,
  educationLevels,
  employmentTypes,
  genders,
  LANGUAGE_CODES,
  languageLevels,
  prefectures,
  salaryPeriods,
  visaStatuses,
  type Vocabulary,
} from "@tsunagu/vocab";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb, type Db } from "./client";
import * as enums from "./generated/prisma/enums";
import { createSeeker } from "./testing";

let db: Db;
beforeAll(() => {
  db = createDb(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
});

const sorted = (values: Iterable<string>) => [...values].sort();

describe("vocabularies and the database", () => {
  it.each<[string, Record<string, string>, Vocabulary<string>]>([
    ["VisaStatus", enums.VisaStatus, visaStatuses],
    ["EducationLevel", enums.EducationLevel, educationLevels],
    ["CareerLevel", enums.CareerLevel, careerLevels],
    ["EmploymentType", enums.EmploymentType, employmentTypes],
    ["Availability", enums.Availability, availabilities],
    ["SalaryPeriod", enums.SalaryPeriod, salaryPeriods],
    ["LanguageLevel", enums.LanguageLevel, languageLevels],
    ["Gender", enums.Gender, genders],
  ])("the Prisma enum %s has exactly the vocabulary's codes", (_name, prismaEnum, vocabulary) => {
    expect(sorted(Object.values(prismaEnum))).toEqual(sorted(vocabulary.codes));
  });

  it.each([
    ["seeker_profiles_residence_region_check", prefectures.codes],
    ["seeker_profiles_desired_locations_check", desiredLocations.codes],
    ["language_skills_language_check", LANGUAGE_CODES],
  ])("%s lists exactly the vocabulary's codes", async (constraint, codes) => {
    const [row] = await db.$queryRaw<{ definition: string }[]>`
      SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = ${constraint}`;
    const listed = [...(row?.definition ?? "").matchAll(/'([^']+)'::text/g)].map((m) => m[1]!).filter((v) => v !== "JP");
    expect(sorted(new Set(listed))).toEqual(sorted(codes));
  });
});

describe("structured columns refuse anything but codes", () => {
  const HOSTILE = "Call Lan 090-1234-5678";

  it("residence region: a prefecture code, and only for residents of Japan", async () => {
    const { profile } = await createSeeker(db, { resume: "empty" });
    const setRegion = (country: string | null, region: string | null) =>
      db.$executeRaw`UPDATE seeker_profiles SET residence_country = ${country}, residence_region = ${region} WHERE id = ${profile.id}::uuid`;
    for (const [country, region] of [["JP", HOSTILE], ["JP", "Tokyo"], ["JP", "JP-48"], ["VN", "JP-13"], ["VN", "Hà Nội"], [null, "JP-13"]] as const) {
      await expect(setRegion(country, region), `${country} ${region}`).rejects.toThrow(/seeker_profiles_residence_region_check/);
    }
    await expect(setRegion("JP", "JP-13")).resolves.toBe(1);
    await expect(setRegion("VN", null)).resolves.toBe(1);
  });

  it("desired locations: prefecture codes, REMOTE and ANYWHERE_JP only", async () => {
    const { profile } = await createSeeker(db, { resume: "empty" });
    const setLocations = (locations: string[]) =>
      db.seekerProfile.update({ where: { id: profile.id }, data: { desiredLocations: locations } });
    for (const locations of [[HOSTILE], ["Tokyo"], ["JP-13", "Remote"], ["jp-13"]]) {
      await expect(setLocations(locations), locations.join()).rejects.toThrow(/seeker_profiles_desired_locations_check/);
    }
    await expect(setLocations(["JP-13", "REMOTE", "ANYWHERE_JP"])).resolves.toMatchObject({ desiredLocations: ["JP-13", "REMOTE", "ANYWHERE_JP"] });
    await expect(setLocations([])).resolves.toMatchObject({ desiredLocations: [] });
  });

  it("language: an ISO 639-1 code", async () => {
    const { profile } = await createSeeker(db, { resume: "empty" });
    for (const language of [HOSTILE, "xx", "jpn", "JA", "Japanese"]) {
      await expect(
        db.languageSkill.create({ data: { profileId: profile.id, language, level: "NATIVE" } }),
        language,
      ).rejects.toThrow(/language_skills_language_check/);
    }
    await expect(db.languageSkill.create({ data: { profileId: profile.id, language: "ne", level: "NATIVE" } })).resolves.toMatchObject({ language: "ne" });
  });
});
