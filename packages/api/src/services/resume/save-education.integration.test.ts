import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { educationSection } from "@tsunagu/schemas/resume";
import { buildDocuments } from "@tsunagu/search";
import { afterAll, describe, expect, it } from "vitest";
import { loadOwnResume } from "./own-resume";
import { saveEducationSection } from "./save-sections";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("the education section", () => {
  it("replaces the schools in the seeker's order, keeps the highest level on the profile, writes the outbox event, and indexes no school name", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const before = new Date(Date.now() - 1);
    await saveEducationSection(
      db,
      seeker.user.id,
      educationSection.parse({
        educations: [
          {
            institution: "Trường Cao đẳng Kỹ thuật Hải Phòng",
            level: "VOCATIONAL",
            fieldOfStudy: "Hàn kim loại",
            startMonth: "2013-09",
            endMonth: "2016-06",
          },
          {
            institution: "Đại học Bách khoa Hà Nội",
            level: "BACHELOR",
            fieldOfStudy: "",
            startMonth: "",
            endMonth: "",
          },
        ],
      }),
    );

    const resume = await loadOwnResume(db, seeker.user.id);
    expect(resume.educations).toEqual([
      {
        institution: "Trường Cao đẳng Kỹ thuật Hải Phòng",
        level: "VOCATIONAL",
        fieldOfStudy: "Hàn kim loại",
        startMonth: "2013-09",
        endMonth: "2016-06",
      },
      {
        institution: "Đại học Bách khoa Hà Nội",
        level: "BACHELOR",
        fieldOfStudy: null,
        startMonth: null,
        endMonth: null,
      },
    ]);
    expect(resume.completeness.missing).not.toContain("education");
    const profile = await db.seekerProfile.findUniqueOrThrow({
      where: { userId: seeker.user.id },
      select: { educationLevel: true },
    });
    expect(profile.educationLevel).toBe("BACHELOR");
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
    const text = JSON.stringify(document);
    expect(text).not.toContain("Bách khoa");
    expect(text).not.toContain("Hải Phòng");
  }, 60_000);

  it("an emptied section counts as missing and clears the profile's level", async () => {
    const seeker = await createSeeker(db);
    await saveEducationSection(db, seeker.user.id, { educations: [] });
    expect((await loadOwnResume(db, seeker.user.id)).completeness.missing).toContain("education");
    const profile = await db.seekerProfile.findUniqueOrThrow({
      where: { userId: seeker.user.id },
      select: { educationLevel: true },
    });
    expect(profile.educationLevel).toBeNull();
  });

  it("refuses an end before the start and a level outside the vocabulary", () => {
    const parsed = educationSection.safeParse({
      educations: [{ institution: "A", startMonth: "2020-05", endMonth: "2020-01" }],
    });
    expect(
      parsed.error?.issues.map((issue) => (issue as { params?: { key: string } }).params?.key),
    ).toEqual(["endBeforeStart"]);
    expect(
      educationSection.safeParse({ educations: [{ institution: "A", level: "PHD_PLUS" }] }).success,
    ).toBe(false);
  });
});
