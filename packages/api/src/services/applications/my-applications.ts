import type { Db } from "@tsunagu/db";
import type { ApplicationSnapshot } from "@tsunagu/privacy";
import { AppError } from "../../errors";

const JOB_SELECT = {
  id: true,
  title: true,
  location: true,
  status: true,
  company: { select: { name: true, slug: true } },
} as const;

/** F5: the signed-in seeker's applications, newest first. */
export async function listMyApplications(db: Db, userId: string) {
  const rows = await db.application.findMany({
    where: { profile: { userId } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      createdAt: true,
      statusChangedAt: true,
      job: { select: JOB_SELECT },
    },
  });
  return rows;
}

/** F5: one of the seeker's own applications with the snapshot as it was sent. */
export async function getMyApplication(db: Db, userId: string, applicationId: string) {
  const row = await db.application.findFirst({
    where: { id: applicationId, profile: { userId } },
    select: {
      id: true,
      status: true,
      createdAt: true,
      statusChangedAt: true,
      coverNote: true,
      resumeSnapshot: true,
      job: { select: JOB_SELECT },
    },
  });
  // Someone else's application is indistinguishable from one that does not exist.
  if (!row) throw new AppError("NOT_FOUND", "There is no such application.");
  return { ...row, resumeSnapshot: row.resumeSnapshot as unknown as ApplicationSnapshot };
}

const FINAL = new Set(["WITHDRAWN", "HIRED", "REJECTED"]);

/** F5: the seeker withdraws an application; recorded in the audit log (ids only). */
export async function withdrawMyApplication(
  db: Db,
  userId: string,
  applicationId: string,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const row = await tx.application.findFirst({
      where: { id: applicationId, profile: { userId } },
      select: { id: true, status: true, job: { select: { companyId: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND", "There is no such application.");
    if (FINAL.has(row.status))
      throw new AppError("CONFLICT", "This application can no longer be withdrawn.");
    await tx.application.update({
      where: { id: row.id },
      data: { status: "WITHDRAWN", statusChangedAt: now },
    });
    await tx.auditEvent.create({
      data: {
        actorKind: "SEEKER",
        actorUserId: userId,
        companyId: row.job.companyId,
        action: "application.withdraw",
        targetKind: "application",
        targetId: row.id,
        occurredAt: now,
      },
    });
    return { withdrawnAt: now };
  });
}
