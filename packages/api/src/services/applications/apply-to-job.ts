import { Prisma, type Db } from "@tsunagu/db";
import {
  DEFAULT_APPLICATION_SHARING,
  toApplicationSnapshot,
  type ApplicationSnapshot,
} from "@tsunagu/privacy";
import { loadResumesBySearchKey } from "@tsunagu/search";
import { AppError } from "../../errors";

type Tx = Prisma.TransactionClient;

export interface ApplyInput {
  jobId: string;
  coverNote?: string | null;
}

/** The job as a seeker may apply to it: open, public or of an area, company active. */
async function openJobOrThrow(tx: Tx | Db, jobId: string) {
  const job = await tx.job.findUnique({
    where: { id: jobId },
    select: {
      id: true,
      status: true,
      companyId: true,
      publishedAt: true,
      company: { select: { status: true } },
    },
  });
  if (!job || job.status === "DRAFT" || !job.publishedAt || job.company.status !== "ACTIVE") {
    throw new AppError("NOT_FOUND", "There is no such job.");
  }
  if (job.status !== "OPEN")
    throw new AppError("CONFLICT", "This job is closed and no longer takes applications.");
  return job;
}

async function snapshotOf(
  tx: Tx | Db,
  userId: string,
  now: Date,
): Promise<{ profileId: string; snapshot: ApplicationSnapshot }> {
  const profile = await tx.seekerProfile.findUnique({
    where: { userId },
    select: { id: true, searchKey: true },
  });
  if (!profile) throw new AppError("NOT_FOUND", "This account has no resume.");
  const resume = (await loadResumesBySearchKey(tx, [profile.searchKey])).get(profile.searchKey);
  if (!resume) throw new AppError("NOT_FOUND", "This account has no resume.");
  return {
    profileId: profile.id,
    snapshot: toApplicationSnapshot(resume, DEFAULT_APPLICATION_SHARING, now),
  };
}

/**
 * F5/R5: exactly what applying to this job would share with its company, without sharing it.
 * The apply page shows this before the seeker confirms.
 */
export async function previewApplication(db: Db, userId: string, jobId: string, now = new Date()) {
  await openJobOrThrow(db, jobId);
  const { profileId, snapshot } = await snapshotOf(db, userId, now);
  const existing = await db.application.findUnique({
    where: { jobId_profileId: { jobId, profileId } },
    select: { id: true },
  });
  return { snapshot, alreadyAppliedApplicationId: existing?.id ?? null };
}

const ALREADY_APPLIED = () => new AppError("CONFLICT", "You have already applied to this job.");

/**
 * F5/R5: apply with the resume. The snapshot of the resume at this moment (full, with contact
 * details) is stored on the application and the disclosure is recorded in the ledger, both in
 * one transaction: there is never an application without its ledger row, or the reverse.
 */
export async function applyToJob(db: Db, userId: string, input: ApplyInput, now = new Date()) {
  try {
    return await db.$transaction(async (tx) => {
      const job = await openJobOrThrow(tx, input.jobId);
      const { profileId, snapshot } = await snapshotOf(tx, userId, now);
      const existing = await tx.application.findUnique({
        where: { jobId_profileId: { jobId: job.id, profileId } },
        select: { id: true },
      });
      if (existing) throw ALREADY_APPLIED();
      const application = await tx.application.create({
        data: {
          jobId: job.id,
          profileId,
          resumeSnapshot: snapshot as unknown as Prisma.InputJsonValue,
          coverNote: input.coverNote?.trim() || null,
          statusChangedAt: now,
          createdAt: now,
        },
        select: { id: true, createdAt: true },
      });
      await tx.disclosureLedgerEntry.create({
        data: {
          profileId,
          companyId: job.companyId,
          kind: "APPLICATION_SNAPSHOT",
          purpose: "application",
          applicationId: application.id,
          occurredAt: now,
        },
      });
      return application;
    });
  } catch (error) {
    // Two submissions racing past the check above meet the unique index instead.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw ALREADY_APPLIED();
    throw error;
  }
}
