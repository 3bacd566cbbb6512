import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { loadOwnResume } from "./own-resume";
import { savePersonalSection, saveSummarySection } from "./save-sections";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** Outbox events written for a resume since `since` (R3: same transaction as the save). */
async function outboxEventsFor(searchKey: string, since: Date) {
  return db.searchOutboxEvent.findMany({
    where: { aggregateKind: "RESUME", aggregateId: searchKey, createdAt: { gte: since } },
  });
}

const personal = {
  firstName: "Lan",
  lastName: "Nguyễn",
  birthDate: "1996-03-14",
  residenceCountry: "JP",
  residenceRegion: "JP-13",
  nearestStation: "Shin-Okubo",
  phone: "090-1234-5678",
  visaStatus: "ENGINEER_HUMANITIES_INTERNATIONAL",
} as const;

describe("resume sections", () => {
  it("saves the personal section with the phone in E.164, and the index hears of it", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    const before = new Date(Date.now() - 1);
    await savePersonalSection(db, seeker.user.id, personal);
    const resume = await loadOwnResume(db, seeker.user.id);
    expect(resume.personal).toMatchObject({
      firstName: "Lan",
      lastName: "Nguyễn",
      phone: "+819012345678",
      residenceRegion: "JP-13",
      nearestStation: "Shin-Okubo",
    });
    expect(resume.completeness.missing).not.toContain("personal");
    expect((await outboxEventsFor(seeker.profile.searchKey, before)).length).toBeGreaterThan(0);
  });

  it("reads a Vietnamese number as Vietnamese for someone living in Vietnam", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    await savePersonalSection(db, seeker.user.id, {
      ...personal,
      residenceCountry: "VN",
      residenceRegion: undefined,
      phone: "0912 345 678",
    });
    const resume = await loadOwnResume(db, seeker.user.id);
    expect(resume.personal.phone).toBe("+84912345678");
    // Station and prefecture make sense only in Japan.
    expect(resume.personal.nearestStation).toBeNull();
  });

  it("clears a field left empty, and refuses an age below the minimum at the birth date", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    await savePersonalSection(db, seeker.user.id, personal);
    await savePersonalSection(db, seeker.user.id, {
      ...personal,
      nearestStation: undefined,
      phone: undefined,
    });
    expect((await loadOwnResume(db, seeker.user.id)).personal).toMatchObject({
      nearestStation: null,
      phone: null,
    });

    const tooYoung = new Date().getUTCFullYear() - 5;
    const refused = savePersonalSection(db, seeker.user.id, {
      ...personal,
      birthDate: `${tooYoung}-01-01`,
    });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({
      fieldProblem: { field: "birthDate", key: "belowMinimumAge" },
    });
  });

  it("saves the summary, and the search document is rebuilt from it", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    const before = new Date(Date.now() - 1);
    await saveSummarySection(db, seeker.user.id, {
      headline: "Welder, JLPT N3",
      summary: "Six years of TIG welding.",
      careerLevel: "MID",
    });
    const resume = await loadOwnResume(db, seeker.user.id);
    expect(resume.summary).toEqual({
      headline: "Welder, JLPT N3",
      summary: "Six years of TIG welding.",
      careerLevel: "MID",
    });
    expect(resume.completeness.missing).not.toContain("summary");
    expect((await outboxEventsFor(seeker.profile.searchKey, before)).length).toBeGreaterThan(0);
  });
});
