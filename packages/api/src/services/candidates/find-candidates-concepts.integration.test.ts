import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Index } from "meilisearch";
import { createDb } from "@tsunagu/db";
import { createCompany, createEmployerMember, createSeeker } from "@tsunagu/db/testing";
import type { RedactedResume } from "@tsunagu/privacy";
import { drainOutbox, ensureIndex, indexName, resumeIndex, searchClient } from "@tsunagu/search";
import { findCandidates, type Caller } from "./find-candidates";

const db = createDb(process.env.DATABASE_URL!);
const name = `${indexName("resumes")}_concepts`;
let index: Index<RedactedResume>;
let caller: Caller;

const drain = () => drainOutbox(db, index);
const found = async (query: string) =>
  (await findCandidates(db, caller, { query, pageSize: 50 }, { index })).candidates.map(
    (c) => c.id,
  );

/**
 * A searchable seeker whose only skill (and optionally job title) is the given text. The resume
 * starts empty: a random one could hold a certification such as 介護職員初任者研修, which a
 * welder's resume must not carry into the 介護 query.
 */
async function seekerWithSkill(skill: string, title?: string) {
  const seeker = await createSeeker(db, {
    searchable: true,
    locale: "vi",
    resume: "empty",
    profile: { headline: "Ứng viên", summary: null },
  });
  await db.skill.create({ data: { profileId: seeker.profile.id, name: skill } });
  if (title) {
    await db.workExperience.create({
      data: {
        profileId: seeker.profile.id,
        employerName: "Công ty TNHH Minh An",
        title,
        startDate: new Date("2022-04-01"),
        isCurrent: true,
      },
    });
  }
  return seeker.profile.searchKey;
}

let han: string;
let welding: string;
let caregiver: string;
let caregiving: string;

beforeAll(async () => {
  await ensureIndex("resumes", name);
  index = resumeIndex(name);
  const { company } = await createCompany(db, { plan: "pro" });
  const { member } = await createEmployerMember(db, { companyId: company.id });
  caller = { companyId: company.id, memberId: member.id };
  han = await seekerWithSkill("hàn");
  welding = await seekerWithSkill("Welding");
  caregiver = await seekerWithSkill("điều dưỡng");
  caregiving = await seekerWithSkill("Excel", "Caregiving");
  await drain();
}, 60_000);

afterAll(async () => {
  await searchClient().deleteIndex(name).waitTask();
  await db.$disconnect();
});

describe("resume search across languages through the taxonomy (real PostgreSQL and Meilisearch)", () => {
  it("finds the resume that says hàn and the one that says welding when the recruiter types 溶接", async () => {
    const ids = await found("溶接");
    expect(ids).toContain(han);
    expect(ids).toContain(welding);
    expect(ids).not.toContain(caregiver);
  });

  it("finds hàn when the query has no diacritics", async () => {
    expect(await found("han")).toContain(han);
  });

  it("finds điều dưỡng as a skill and Caregiving as a job title when the recruiter types 介護", async () => {
    const ids = await found("介護");
    expect(ids).toContain(caregiver);
    expect(ids).toContain(caregiving);
    expect(ids).not.toContain(welding);
  });

  it("puts only vocabulary in the index, never the seeker's own words", async () => {
    const document = await index.getDocument(han);
    expect(document.concepts).toContain("溶接");
    expect(document.concepts).toContain("Welding");
    expect(JSON.stringify(document.concepts)).not.toContain("Minh An");
  });
});
