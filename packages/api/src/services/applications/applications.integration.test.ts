import { createDb } from "@tsunagu/db";
import { createApplication, createCompany, createJob, createSeeker } from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { saveSummarySection } from "../resume/save-sections";
import { applyToJob, previewApplication } from "./apply-to-job";
import { getMyApplication, listMyApplications, withdrawMyApplication } from "./my-applications";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function openJob(status: "OPEN" | "CLOSED" = "OPEN") {
  const { company } = await createCompany(db);
  const job = await createJob(db, { companyId: company.id, status });
  return { company, job };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("the test factory's applications", () => {
  it("store the snapshot in exactly the shape the real apply flow stores", async () => {
    const seeker = await createSeeker(db, { resume: "full" });
    const { job: factoryJob } = await openJob();
    const { job: realJob } = await openJob();
    const now = new Date("2026-11-20T09:00:00.000Z");
    const made = await createApplication(db, {
      jobId: factoryJob.id,
      profileId: seeker.profile.id,
      now,
    });
    const real = await applyToJob(db, seeker.user.id, { jobId: realJob.id }, now);
    const stored = await db.application.findMany({ where: { id: { in: [made.id, real.id] } } });
    const snapshotOf = (id: string) => stored.find((a) => a.id === id)!.resumeSnapshot;
    expect(snapshotOf(made.id)).toEqual(snapshotOf(real.id));
    expect(snapshotOf(made.id)).toMatchObject({
      contact: { email: seeker.user.email },
      takenAt: now.toISOString(),
    });
  });
});

describe("applying to a job (F5, R5)", () => {
  it("shares the full resume with contact details, stores the snapshot and records the disclosure", async () => {
    const seeker = await createSeeker(db);
    const { company, job } = await openJob();
    const preview = await previewApplication(db, seeker.user.id, job.id);
    expect(preview.snapshot.contact.email).toBe(seeker.user.email);
    expect(preview.alreadyAppliedApplicationId).toBeNull();

    const application = await applyToJob(db, seeker.user.id, {
      jobId: job.id,
      coverNote: "I would love to join.",
    });
    const stored = await getMyApplication(db, seeker.user.id, application.id);
    expect(stored.coverNote).toBe("I would love to join.");
    expect(stored.resumeSnapshot.contact.email).toBe(seeker.user.email);
    expect(stored.resumeSnapshot.headline).toBe(seeker.profile.headline);

    const ledger = await db.disclosureLedgerEntry.findMany({
      where: { applicationId: application.id },
    });
    expect(ledger).toEqual([
      expect.objectContaining({
        kind: "APPLICATION_SNAPSHOT",
        companyId: company.id,
        profileId: seeker.profile.id,
      }),
    ]);
  });

  it("keeps the snapshot as sent when the resume is edited later", async () => {
    const seeker = await createSeeker(db);
    const { job } = await openJob();
    const application = await applyToJob(db, seeker.user.id, { jobId: job.id });
    const before = (await getMyApplication(db, seeker.user.id, application.id)).resumeSnapshot;

    await saveSummarySection(db, seeker.user.id, {
      headline: "Completely new headline",
      summary: "Rewritten after applying.",
    });

    const after = (await getMyApplication(db, seeker.user.id, application.id)).resumeSnapshot;
    expect(after).toEqual(before);
    expect(after.headline).not.toBe("Completely new headline");
  });

  it("refuses a second application to the same job, and writes no second ledger row", async () => {
    const seeker = await createSeeker(db);
    const { job } = await openJob();
    await applyToJob(db, seeker.user.id, { jobId: job.id });
    const error = await refusal(applyToJob(db, seeker.user.id, { jobId: job.id }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/already applied/);
    expect(await db.application.count({ where: { jobId: job.id } })).toBe(1);
    expect(await db.disclosureLedgerEntry.count({ where: { profileId: seeker.profile.id } })).toBe(
      1,
    );
    expect(
      (await previewApplication(db, seeker.user.id, job.id)).alreadyAppliedApplicationId,
    ).not.toBeNull();
  });

  it("refuses a closed job and shares nothing", async () => {
    const seeker = await createSeeker(db);
    const { job } = await openJob("CLOSED");
    const error = await refusal(applyToJob(db, seeker.user.id, { jobId: job.id }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/closed/);
    expect(await db.disclosureLedgerEntry.count({ where: { profileId: seeker.profile.id } })).toBe(
      0,
    );
  });
});

describe("my applications (F5)", () => {
  it("lists only my own applications; another seeker's is not found", async () => {
    const me = await createSeeker(db);
    const other = await createSeeker(db);
    const { job } = await openJob();
    const mine = await applyToJob(db, me.user.id, { jobId: job.id });
    const theirs = await applyToJob(db, other.user.id, { jobId: job.id });

    const list = await listMyApplications(db, me.user.id);
    expect(list.map((a) => a.id)).toEqual([mine.id]);
    expect(list[0]).toMatchObject({ status: "SUBMITTED", job: { id: job.id, title: job.title } });
    expect((await refusal(getMyApplication(db, me.user.id, theirs.id))).code).toBe("NOT_FOUND");
    expect((await refusal(withdrawMyApplication(db, me.user.id, theirs.id))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("withdraws an application once, and records it", async () => {
    const seeker = await createSeeker(db);
    const { job } = await openJob();
    const application = await applyToJob(db, seeker.user.id, { jobId: job.id });
    await withdrawMyApplication(db, seeker.user.id, application.id);
    expect((await getMyApplication(db, seeker.user.id, application.id)).status).toBe("WITHDRAWN");
    expect(
      await db.auditEvent.count({
        where: { action: "application.withdraw", targetId: application.id },
      }),
    ).toBe(1);
    expect((await refusal(withdrawMyApplication(db, seeker.user.id, application.id))).code).toBe(
      "CONFLICT",
    );
  });
});
