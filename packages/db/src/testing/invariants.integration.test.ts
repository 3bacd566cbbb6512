/**
 * Invalid states the database itself refuses, whatever code path writes: referees without
 * attestation, edited consent history, contradictory dates, JLPT for other languages, and any
 * link from EEO answers back to an application or a person (R8).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb, type Db } from "../client";
import { createSeeker, grantConsent } from "./index";
import { readForeignKeys } from "../schema-graph";

let db: Db;
beforeAll(() => {
  db = createDb(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
});

describe("referees (third-party data, F2)", () => {
  it("cannot be stored without the seeker's attestation of the referee's consent", async () => {
    const { profile } = await createSeeker(db, { resume: "empty" });
    await expect(
      db.$executeRaw`INSERT INTO referees (id, profile_id, name, relationship) VALUES (gen_random_uuid(), ${profile.id}::uuid, 'Sato Ken', 'Former manager')`,
    ).rejects.toThrow(/consent_attested_at/);
    // The client refuses too, before a query is sent.
    await expect(
      db.referee.create({
        data: { profileId: profile.id, name: "Sato Ken", relationship: "Former manager" } as never,
      }),
    ).rejects.toThrow(/consentAttestedAt/);
    await expect(db.referee.count({ where: { profileId: profile.id } })).resolves.toBe(0);
  });
});

describe("consent history (R7)", () => {
  it("is append-only: events cannot be edited or deleted while the account exists", async () => {
    const { user } = await createSeeker(db, { resume: "empty" });
    const event = await grantConsent(db, { userId: user.id, purpose: "NEWSLETTER" });
    await expect(
      db.consentEvent.update({ where: { id: event.id }, data: { granted: false } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.consentEvent.delete({ where: { id: event.id } })).rejects.toThrow(
      /append-only/,
    );
    await expect(
      db.consentEvent.findUniqueOrThrow({ where: { id: event.id } }),
    ).resolves.toMatchObject({ granted: true });
  });
});

describe("resume invariants", () => {
  it("refuses a current job with an end date and a job that ends before it starts", async () => {
    const { profile } = await createSeeker(db, { resume: "empty" });
    const job = {
      profileId: profile.id,
      employerName: "FPT Software",
      title: "Engineer",
      startDate: new Date("2022-04-01"),
    };
    await expect(
      db.workExperience.create({
        data: { ...job, isCurrent: true, endDate: new Date("2024-01-01") },
      }),
    ).rejects.toThrow(/work_experiences_dates_check/);
    await expect(
      db.workExperience.create({
        data: { ...job, isCurrent: false, endDate: new Date("2021-01-01") },
      }),
    ).rejects.toThrow(/work_experiences_dates_check/);
    await expect(
      db.workExperience.create({ data: { ...job, isCurrent: false, endDate: null } }),
    ).rejects.toThrow(/work_experiences_dates_check/);
    await expect(
      db.workExperience.create({ data: { ...job, isCurrent: true } }),
    ).resolves.toMatchObject({ endDate: null });
  });

  it("allows JLPT levels for Japanese only", async () => {
    const { profile } = await createSeeker(db, { resume: "empty" });
    await expect(
      db.languageSkill.create({
        data: { profileId: profile.id, language: "en", level: "JLPT_N2" },
      }),
    ).rejects.toThrow(/language_skills_jlpt_japanese_check/);
    await expect(
      db.languageSkill.create({
        data: { profileId: profile.id, language: "Japanese", level: "CEFR_B2" },
      }),
    ).rejects.toThrow(/language_skills_language_check/);
    await expect(
      db.languageSkill.create({
        data: { profileId: profile.id, language: "ja", level: "JLPT_N2" },
      }),
    ).resolves.toBeTruthy();
  });

  it("stores emails normalised, so one address cannot open two accounts", async () => {
    await expect(
      db.user.create({ data: { email: "Nguyen.An@Example.test", kind: "SEEKER" } }),
    ).rejects.toThrow(/users_email_normalised_check/);
  });
});

describe("EEO answers (R8)", () => {
  const identifying = [
    "applications",
    "users",
    "seeker_profiles",
    "jobs",
    "invitations",
    "company_members",
  ];

  it("have no foreign key to an application, a job or a person", async () => {
    const links = (await readForeignKeys(db))
      .filter((fk) => fk.table.startsWith("eeo_") && identifying.includes(fk.references))
      .map((fk) => `${fk.table}.${fk.column} → ${fk.references}`);
    expect(links).toEqual([]);
    // The EEO tables do exist and do link to their area (so the query above looked at them).
    expect(
      (await readForeignKeys(db)).some(
        (fk) => fk.table === "eeo_responses" && fk.references === "recruiting_areas",
      ),
    ).toBe(true);
  });

  it("have no column that could hold such a link or re-identify by time", async () => {
    const columns = await db.$queryRawUnsafe<
      { table_name: string; column_name: string; data_type: string }[]
    >(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name LIKE 'eeo\\_%' ORDER BY 1, 2`,
    );
    expect(columns.length).toBeGreaterThan(0);
    expect(
      columns.filter((c) =>
        /(application|user|profile|job|invitation|member|email)/.test(c.column_name),
      ),
    ).toEqual([]);
    expect(columns.filter((c) => c.data_type.startsWith("timestamp"))).toEqual([]);
  });
});
