import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import { createCompany, createJob, createRecruitingArea } from "@tsunagu/db/testing";
import { ensureIndex, indexName, jobIndex, searchClient } from "./client";
import { drainOutbox } from "./outbox-worker";

const db = createDb(process.env.DATABASE_URL!);
const index = jobIndex(`${indexName("jobs")}_sync`);

const drain = () => drainOutbox(db, index, { kind: "JOB" });
const listed = (id: string) => index.getDocument(id).then(() => true, () => false);

beforeAll(async () => {
  await ensureIndex("jobs", index.uid);
  await drain();
});

afterAll(async () => {
  await searchClient().deleteIndex(index.uid).waitTask();
  await db.$disconnect();
});

describe("public jobs index (real PostgreSQL and Meilisearch)", () => {
  it("lists open jobs and removes them when closed or when the company is suspended", async () => {
    const { company } = await createCompany(db, { plan: "free" });
    const open = await createJob(db, { companyId: company.id, status: "OPEN" });
    const other = await createJob(db, { companyId: company.id, status: "OPEN" });
    const draft = await createJob(db, { companyId: company.id, status: "DRAFT" });
    await drain();
    expect([await listed(open.id), await listed(other.id), await listed(draft.id)]).toEqual([true, true, false]);

    await db.job.update({ where: { id: open.id }, data: { status: "CLOSED", closedAt: new Date() } });
    await drain();
    expect(await listed(open.id)).toBe(false);

    await db.company.update({ where: { id: company.id }, data: { status: "SUSPENDED", suspendedAt: new Date() } });
    await drain();
    expect(await listed(other.id)).toBe(false);
  });

  it("applies the settings that make the required Japanese level a filter and a facet (F5)", async () => {
    const { company } = await createCompany(db, { plan: "free" });
    const n2 = await createJob(db, { companyId: company.id, status: "OPEN", job: { requiredJapaneseLevel: "JLPT_N2" } });
    const none = await createJob(db, { companyId: company.id, status: "OPEN", job: { requiredJapaneseLevel: null } });
    await drain();
    const filter = [[`companyId = "${company.id}"`], ["requiredJapaneseLevel IS NULL", `requiredJapaneseLevel = "JLPT_N2"`]];
    const result = await index.search("", { filter, facets: ["requiredJapaneseLevel"] });
    expect(result.hits.map((hit) => hit.id).sort()).toEqual([n2.id, none.id].sort());
    expect(result.facetDistribution?.requiredJapaneseLevel).toEqual({ JLPT_N2: 1 });
  });

  it("never lists a private recruiting area's job (R8)", async () => {
    const { company } = await createCompany(db, { plan: "pro" });
    const area = await createRecruitingArea(db, { companyId: company.id });
    const job = await createJob(db, { companyId: company.id, areaId: area.id, status: "OPEN" });
    await drain();
    expect(await listed(job.id)).toBe(false);
  });
});
