import { describe, expect, it } from "vitest";
import { toPublicJobDocument, type JobRecord } from "./jobs";

const job: JobRecord = {
  id: "j1", status: "OPEN", areaId: null, title: "Welder", description: "MIG welding", location: "Aichi",
  workArrangement: "ON_SITE", employmentType: "FULL_TIME", salaryMin: 250_000, salaryMax: 320_000,
  salaryCurrency: "JPY", salaryPeriod: "MONTHLY", visaSupport: true, requiredJapaneseLevel: "JLPT_N3",
  publishedAt: new Date("2026-11-01"), company: { id: "c1", name: "Sakura Kogyo", slug: "sakura", status: "ACTIVE" },
};

describe("toPublicJobDocument", () => {
  it("lists an open job of an active company", () => {
    expect(toPublicJobDocument(job)).toMatchObject({ id: "j1", companyName: "Sakura Kogyo", visaSupport: true });
  });

  it.each([
    ["a draft", { status: "DRAFT" as const }],
    ["a closed job", { status: "CLOSED" as const }],
    ["a private recruiting area's job (R8)", { areaId: "a1" }],
    ["a suspended company's job", { company: { ...job.company, status: "SUSPENDED" as const } }],
  ])("never lists %s", (_what, change) => {
    expect(toPublicJobDocument({ ...job, ...change })).toBeNull();
  });
});
