import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import { createCompany, createJob, createSeeker } from "@tsunagu/db/testing";
import { AppError } from "../../errors";
import { getPublicJob } from "./public-job";
import { isJobSaved, listSavedJobs, saveJob, unsaveJob } from "./saved-jobs";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("one public job and saved jobs (F5)", () => {
  it("shows an open job with its company, and not a draft", async () => {
    const { company } = await createCompany(db);
    const open = await createJob(db, { companyId: company.id });
    const draft = await createJob(db, { companyId: company.id, status: "DRAFT" });
    const job = await getPublicJob(db, open.id);
    expect(job).toMatchObject({
      id: open.id,
      title: open.title,
      company: { name: company.name, slug: company.slug },
    });
    await expect(getPublicJob(db, draft.id)).rejects.toBeInstanceOf(AppError);
  });

  it("saves once however often Save is pressed, lists newest first, and unsaves", async () => {
    const seeker = await createSeeker(db);
    const { company } = await createCompany(db);
    const first = await createJob(db, { companyId: company.id });
    const second = await createJob(db, { companyId: company.id });
    await saveJob(db, seeker.user.id, first.id);
    await saveJob(db, seeker.user.id, first.id);
    await saveJob(db, seeker.user.id, second.id);
    expect((await listSavedJobs(db, seeker.user.id)).map((entry) => entry.job?.title)).toEqual([
      second.title,
      first.title,
    ]);
    expect(await isJobSaved(db, seeker.user.id, first.id)).toBe(true);

    await unsaveJob(db, seeker.user.id, first.id);
    expect((await listSavedJobs(db, seeker.user.id)).map((entry) => entry.jobId)).toEqual([
      second.id,
    ]);
    expect(await isJobSaved(db, seeker.user.id, first.id)).toBe(false);
  });

  it("refuses to save a job that is not public, and shows a saved job that closed as no longer listed", async () => {
    const seeker = await createSeeker(db);
    const { company } = await createCompany(db);
    const draft = await createJob(db, { companyId: company.id, status: "DRAFT" });
    await expect(saveJob(db, seeker.user.id, draft.id)).rejects.toBeInstanceOf(AppError);

    const job = await createJob(db, { companyId: company.id });
    await saveJob(db, seeker.user.id, job.id);
    await db.job.update({
      where: { id: job.id },
      data: { status: "CLOSED", closedAt: new Date() },
    });
    expect(await listSavedJobs(db, seeker.user.id)).toEqual([
      expect.objectContaining({ jobId: job.id, job: null }),
    ]);
  });

  it("keeps each seeker's saved list to themselves", async () => {
    const [mine, theirs] = [await createSeeker(db), await createSeeker(db)];
    const { company } = await createCompany(db);
    const job = await createJob(db, { companyId: company.id });
    await saveJob(db, theirs.user.id, job.id);
    expect(await listSavedJobs(db, mine.user.id)).toEqual([]);
    await unsaveJob(db, mine.user.id, job.id);
    expect(await isJobSaved(db, theirs.user.id, job.id)).toBe(true);
  });
});
