import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Meilisearch } from "meilisearch";
import { createDb } from "@tsunagu/db";
import { createCompany, createJob, createRecruitingArea, uniqueSuffix } from "@tsunagu/db/testing";
import type { PublicJobDocument } from "@tsunagu/privacy";
import { ensureIndex, indexName, jobIndex, drainOutbox, searchClient } from "@tsunagu/search";
import { searchPublicJobs, type SearchPublicJobsInput } from "./search-public-jobs";

const db = createDb(process.env.DATABASE_URL!);
const index = jobIndex(`${indexName("jobs")}_public`);

const drain = () => drainOutbox(db, index, { kind: "JOB" });

const search = (input: SearchPublicJobsInput) => searchPublicJobs(db, input, { index });
const ids = (result: { jobs: { id: string }[] }) => result.jobs.map((job) => job.id);

async function company(status: "ACTIVE" | "SUSPENDED" = "ACTIVE") {
  return (await createCompany(db, { plan: "free", slug: `jobs-${uniqueSuffix()}`, status }))
    .company;
}

beforeAll(async () => {
  await ensureIndex("jobs", index.uid);
  await drain();
});

afterAll(async () => {
  await searchClient().deleteIndex(index.uid).waitTask();
  await db.$disconnect();
});

describe("searchPublicJobs (real PostgreSQL and Meilisearch)", () => {
  it("finds open public jobs by text and filters, built from the database", async () => {
    const employer = await company();
    const tokyo = await createJob(db, {
      companyId: employer.id,
      job: {
        title: "Zephyrine welding technician",
        location: "Tokyo",
        employmentType: "FULL_TIME",
        visaSupport: true,
      },
    });
    const osaka = await createJob(db, {
      companyId: employer.id,
      job: {
        title: "Zephyrine welding assistant",
        location: "Osaka",
        employmentType: "PART_TIME",
        visaSupport: false,
      },
    });
    await drain();

    expect(ids(await search({ query: "zephyrine welding" })).sort()).toEqual(
      [tokyo.id, osaka.id].sort(),
    );
    expect(ids(await search({ query: "zephyrine", filters: { location: "Tokyo" } }))).toEqual([
      tokyo.id,
    ]);
    expect(
      ids(
        await search({
          query: "zephyrine",
          filters: { employmentType: ["PART_TIME", "CONTRACT"] },
        }),
      ),
    ).toEqual([osaka.id]);
    expect(ids(await search({ query: "zephyrine", filters: { visaSupport: true } }))).toEqual([
      tokyo.id,
    ]);

    const [hit] = (await search({ query: "zephyrine", filters: { location: "Tokyo" } })).jobs;
    expect(hit).toMatchObject({
      id: tokyo.id,
      companyName: employer.name,
      companySlug: employer.slug,
      visaSupport: true,
    });
  });

  it("cannot be widened by a hostile filter value", async () => {
    const employer = await company();
    await createJob(db, {
      companyId: employer.id,
      job: { title: "Quillworth baker", location: "Kyoto" },
    });
    await drain();
    for (const location of [
      `Kyoto" OR location != "x`,
      `x" OR visaSupport = true OR location = "y`,
      `\\" OR 1=1`,
    ]) {
      expect(ids(await search({ query: "quillworth", filters: { location } }))).toEqual([]);
    }
  });

  it("filters by a minimum salary, sorts by salary and counts each filter value", async () => {
    const employer = await company();
    const word = `quillbrook${uniqueSuffix().replace(/[^a-z0-9]/gi, "")}`;
    const wellPaid = await createJob(db, {
      companyId: employer.id,
      job: {
        title: `${word} engineer`,
        location: "Aichi",
        employmentType: "FULL_TIME",
        visaSupport: true,
        salaryMin: 400_000,
        salaryMax: 500_000,
        salaryPeriod: "MONTHLY",
      },
    });
    const modest = await createJob(db, {
      companyId: employer.id,
      job: {
        title: `${word} helper`,
        location: "Aichi",
        employmentType: "PART_TIME",
        visaSupport: false,
        salaryMin: 200_000,
        salaryMax: 250_000,
        salaryPeriod: "MONTHLY",
      },
    });
    await drain();

    expect(ids(await search({ query: word, sort: "salary" }))).toEqual([wellPaid.id, modest.id]);
    expect(ids(await search({ query: word, filters: { salaryAtLeast: 300_000 } }))).toEqual([
      wellPaid.id,
    ]);
    const all = await search({ query: word });
    expect(all.facets.location).toEqual({ Aichi: 2 });
    expect(all.facets.employmentType).toEqual({ FULL_TIME: 1, PART_TIME: 1 });
    expect(all.facets.visaSupport).toEqual({ true: 1, false: 1 });
  });

  it("filters by the seeker's Japanese level: that level or easier, or none asked; counts each choice", async () => {
    const employer = await company();
    const word = `kotobarin${uniqueSuffix().replace(/[^a-z0-9]/gi, "")}`;
    const job = (
      title: string,
      requiredJapaneseLevel: "JLPT_N1" | "JLPT_N2" | "JLPT_N4" | "NATIVE" | null,
    ) =>
      createJob(db, {
        companyId: employer.id,
        job: { title: `${word} ${title}`, requiredJapaneseLevel, visaSupport: true },
      });
    const n1 = await job("interpreter", "JLPT_N1");
    const n2 = await job("coordinator", "JLPT_N2");
    const n4 = await job("line worker", "JLPT_N4");
    const native = await job("copywriter", "NATIVE");
    const none = await job("developer", null);
    await drain();

    const listed = async (japaneseLevel: "JLPT_N1" | "JLPT_N2" | "JLPT_N3" | "JLPT_N5" | "NONE") =>
      ids(await search({ query: word, filters: { japaneseLevel } })).sort();
    expect(await listed("JLPT_N1")).toEqual([n1.id, n2.id, n4.id, none.id].sort());
    expect(await listed("JLPT_N3")).toEqual([n4.id, none.id].sort());
    expect(await listed("JLPT_N5")).toEqual([none.id]);
    expect(await listed("NONE")).toEqual([none.id]);
    // Nobody chose: every job, the native-only one too.
    expect(ids(await search({ query: word })).sort()).toEqual(
      [n1.id, n2.id, n4.id, native.id, none.id].sort(),
    );

    const counts = { JLPT_N1: 4, JLPT_N2: 3, JLPT_N3: 2, JLPT_N4: 2, JLPT_N5: 1, NONE: 1 };
    expect((await search({ query: word })).facets.japaneseLevel).toEqual(counts);
    // The choices are alternatives: choosing one leaves the others' counts as they were.
    const chosen = await search({ query: word, filters: { japaneseLevel: "JLPT_N3" } });
    expect(chosen.facets.japaneseLevel).toEqual(counts);
    expect(chosen.facets.visaSupport).toEqual({ true: 2 });
    // Other filters narrow the counts.
    const withOther = await search({ query: word, filters: { visaSupport: false } });
    expect(withOther.facets.japaneseLevel).toEqual({
      JLPT_N1: 0,
      JLPT_N2: 0,
      JLPT_N3: 0,
      JLPT_N4: 0,
      JLPT_N5: 0,
      NONE: 0,
    });
  });

  it("drops a job the database no longer lists before the index catches up (closed, suspended company)", async () => {
    const employer = await company();
    const closing = await createJob(db, {
      companyId: employer.id,
      job: { title: "Marrowind forklift driver", location: "Aichi" },
    });
    const other = await company();
    const suspended = await createJob(db, {
      companyId: other.id,
      job: { title: "Marrowind forklift lead", location: "Aichi" },
    });
    await drain();
    expect(ids(await search({ query: "marrowind" })).sort()).toEqual(
      [closing.id, suspended.id].sort(),
    );

    // No drain: the index still holds both documents.
    await db.job.update({
      where: { id: closing.id },
      data: { status: "CLOSED", closedAt: new Date() },
    });
    await db.company.update({
      where: { id: other.id },
      data: { status: "SUSPENDED", suspendedAt: new Date() },
    });
    const result = await search({ query: "marrowind" });
    expect(result.jobs).toEqual([]);
    expect(result.droppedAsIndexLag).toBe(2);
  });

  it("never shows drafts or jobs of a private recruiting area (R8)", async () => {
    const employer = (await createCompany(db, { plan: "pro", slug: `area-${uniqueSuffix()}` }))
      .company;
    const area = await createRecruitingArea(db, { companyId: employer.id });
    await createJob(db, {
      companyId: employer.id,
      status: "DRAFT",
      job: { title: "Thistlecombe nurse draft" },
    });
    await createJob(db, {
      companyId: employer.id,
      areaId: area.id,
      job: { title: "Thistlecombe nurse private" },
    });
    await drain();
    expect((await search({ query: "thistlecombe" })).jobs).toEqual([]);
  });

  it("pages through results without repeating a job", async () => {
    const employer = await company();
    const created = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        createJob(db, { companyId: employer.id, job: { title: `Brindlemoor cook ${i}` } }),
      ),
    );
    await drain();
    const pages = await Promise.all(
      [0, 1, 2].map((page) => search({ query: "brindlemoor", page, pageSize: 2, sort: "recent" })),
    );
    expect(pages.map((p) => p.jobs.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap(ids).sort()).toEqual(created.map((job) => job.id).sort());
  });

  it("says search is temporarily unavailable when Meilisearch cannot be reached (N6)", async () => {
    const unreachable = new Meilisearch({
      host: "http://127.0.0.1:9",
      apiKey: "x".repeat(16),
    }).index<PublicJobDocument>("jobs");
    const refused = await searchPublicJobs(db, { query: "cook" }, { index: unreachable }).catch(
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({
      code: "SEARCH_UNAVAILABLE",
      message: expect.stringContaining("temporarily unavailable"),
    });
  });
});
