import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { preferencesSection } from "@tsunagu/schemas/resume";
import { buildDocuments } from "@tsunagu/search";
import { afterAll, describe, expect, it } from "vitest";
import { loadOwnResume } from "./own-resume";
import { savePreferencesSection } from "./save-sections";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const keysOf = (input: unknown) =>
  preferencesSection
    .safeParse(input)
    .error?.issues.map(
      (issue) => (issue as { params?: { key: string } }).params?.key ?? issue.code,
    );

describe("the preferences section", () => {
  it("saves the wanted work as a form posts it, writes the outbox event, and the search document carries it", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const before = new Date(Date.now() - 1);
    // One ticked box posts a single value, several post a list.
    await savePreferencesSection(
      db,
      seeker.user.id,
      preferencesSection.parse({
        desiredJobTypes: "FULL_TIME",
        desiredLocations: ["JP-14", "REMOTE"],
        desiredSalaryMin: "250000",
        desiredSalaryMax: "320000",
        desiredSalaryCurrency: "JPY",
        desiredSalaryPeriod: "MONTHLY",
        availability: "WITHIN_ONE_MONTH",
        availableFrom: "2027-01-05",
      }),
    );

    const resume = await loadOwnResume(db, seeker.user.id);
    expect(resume.preferences).toEqual({
      desiredJobTypes: ["FULL_TIME"],
      desiredLocations: ["JP-14", "REMOTE"],
      desiredSalaryMin: 250000,
      desiredSalaryMax: 320000,
      desiredSalaryCurrency: "JPY",
      desiredSalaryPeriod: "MONTHLY",
      availability: "WITHIN_ONE_MONTH",
      availableFrom: "2027-01-05",
    });
    expect(resume.completeness.missing).not.toContain("preferences");
    const events = await db.searchOutboxEvent.findMany({
      where: {
        aggregateKind: "RESUME",
        aggregateId: seeker.profile.searchKey,
        createdAt: { gte: before },
      },
    });
    expect(events.length).toBeGreaterThan(0);
    const document = (
      await buildDocuments(db, "RESUME", [seeker.profile.searchKey], new Date())
    ).get(seeker.profile.searchKey);
    expect(JSON.stringify(document)).toContain("JP-14");
  }, 60_000);

  it("clears what the seeker emptied, and then counts the section as missing", async () => {
    const seeker = await createSeeker(db);
    await savePreferencesSection(db, seeker.user.id, preferencesSection.parse({}));
    const resume = await loadOwnResume(db, seeker.user.id);
    expect(resume.preferences).toMatchObject({
      desiredJobTypes: [],
      desiredLocations: [],
      desiredSalaryMin: null,
      availability: null,
    });
    expect(resume.completeness.missing).toContain("preferences");
  });

  it("refuses a maximum below the minimum, an amount without currency or period, and codes outside the vocabularies", () => {
    expect(
      keysOf({
        desiredSalaryMin: "300000",
        desiredSalaryMax: "200000",
        desiredSalaryCurrency: "JPY",
        desiredSalaryPeriod: "MONTHLY",
      }),
    ).toEqual(["salaryMaxBelowMin"]);
    expect(keysOf({ desiredSalaryMin: "300000" })).toEqual([
      "salaryCurrencyRequired",
      "salaryPeriodRequired",
    ]);
    expect(preferencesSection.safeParse({ desiredLocations: ["JP-48"] }).success).toBe(false);
    expect(preferencesSection.safeParse({ desiredJobTypes: ["NINJA"] }).success).toBe(false);
    expect(keysOf({ desiredLocations: ["REMOTE", "REMOTE"] })).toEqual(["duplicateChoice"]);
  });
});
