import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { experienceSection } from "@tsunagu/schemas/resume";
import { buildDocuments } from "@tsunagu/search";
import { afterAll, describe, expect, it } from "vitest";
import { loadOwnResume } from "./own-resume";
import { saveExperienceSection } from "./save-sections";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("the work experience section", () => {
  it("replaces the jobs in the seeker's order, writes the outbox event, and indexes titles but not employers", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const before = new Date(Date.now() - 1);
    await saveExperienceSection(
      db,
      seeker.user.id,
      experienceSection.parse({
        experiences: [
          {
            employerName: "Kanagawa Steelworks KK",
            title: "TIG welder",
            startMonth: "2021-04",
            isCurrent: "on",
            description: "Stainless piping.",
          },
          {
            employerName: "Hải Phòng Shipyard",
            title: "Thợ hàn",
            startMonth: "2016-09",
            endMonth: "2021-02",
          },
        ],
      }),
    );

    const resume = await loadOwnResume(db, seeker.user.id);
    expect(resume.experiences).toEqual([
      {
        employerName: "Kanagawa Steelworks KK",
        title: "TIG welder",
        startMonth: "2021-04",
        endMonth: null,
        isCurrent: true,
        description: "Stainless piping.",
      },
      {
        employerName: "Hải Phòng Shipyard",
        title: "Thợ hàn",
        startMonth: "2016-09",
        endMonth: "2021-02",
        isCurrent: false,
        description: null,
      },
    ]);
    expect(resume.completeness.missing).not.toContain("experience");
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
    expect(text).toContain("TIG welder");
    expect(text).not.toContain("Kanagawa Steelworks");
    expect(text).not.toContain("Hải Phòng Shipyard");
  });

  it("an emptied section counts as missing", async () => {
    const seeker = await createSeeker(db, { resume: "empty" });
    await saveExperienceSection(db, seeker.user.id, { experiences: [] });
    expect((await loadOwnResume(db, seeker.user.id)).completeness.missing).toContain("experience");
  });

  it("refuses a past job without an end, a current job with one, and an end before the start", () => {
    const parsed = experienceSection.safeParse({
      experiences: [
        { employerName: "A", title: "Cook", startMonth: "2020-01" },
        {
          employerName: "B",
          title: "Cook",
          startMonth: "2020-01",
          endMonth: "2021-01",
          isCurrent: "on",
        },
        { employerName: "C", title: "Cook", startMonth: "2020-05", endMonth: "2020-01" },
      ],
    });
    expect(
      parsed.error?.issues.map((issue) => (issue as { params?: { key: string } }).params?.key),
    ).toEqual(["endMonthRequired", "endWhileCurrent", "endBeforeStart"]);
  });
});
