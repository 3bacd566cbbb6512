import type { Db } from "@tsunagu/db";
import { toPublicJobDocument, type PublicJobDocument } from "@tsunagu/privacy";
import { loadJobsById } from "@tsunagu/search";
import { AppError } from "../../errors";
import { getPublicJob } from "./public-job";

async function profileIdOf(db: Pick<Db, "seekerProfile">, userId: string) {
  const profile = await db.seekerProfile.findUnique({ where: { userId }, select: { id: true } });
  if (!profile) throw new AppError("NOT_FOUND", "This account has no resume.");
  return profile.id;
}

/** F5: keep a public job on the seeker's saved list. Saving twice keeps one entry. */
export async function saveJob(db: Db, userId: string, jobId: string) {
  const profileId = await profileIdOf(db, userId);
  await getPublicJob(db, jobId);
  await db.savedJob.upsert({
    where: { profileId_jobId: { profileId, jobId } },
    create: { profileId, jobId },
    update: {},
  });
  return { saved: true };
}

/** F5: take a job off the saved list; nothing happens when it was not there. */
export async function unsaveJob(db: Db, userId: string, jobId: string) {
  const profileId = await profileIdOf(db, userId);
  await db.savedJob.deleteMany({ where: { profileId, jobId } });
  return { saved: false };
}

/** Whether the seeker has saved this job (for the job page's Save/Unsave button). */
export async function isJobSaved(db: Db, userId: string, jobId: string) {
  const profile = await db.seekerProfile.findUnique({ where: { userId }, select: { id: true } });
  if (!profile) return false;
  return (await db.savedJob.count({ where: { profileId: profile.id, jobId } })) > 0;
}

export interface SavedJobEntry {
  savedAt: Date;
  /** The job as the public sees it now; null once it is closed or otherwise no longer listed. */
  job: PublicJobDocument | null;
  jobId: string;
}

/** F5: the seeker's own saved jobs, newest first; jobs no longer listed show as unavailable. */
export async function listSavedJobs(db: Db, userId: string): Promise<SavedJobEntry[]> {
  const profileId = await profileIdOf(db, userId);
  const rows = await db.savedJob.findMany({
    where: { profileId },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const records = await loadJobsById(
    db,
    rows.map((row) => row.jobId),
  );
  return rows.map((row) => {
    const record = records.get(row.jobId);
    return {
      savedAt: row.createdAt,
      jobId: row.jobId,
      job: record ? toPublicJobDocument(record) : null,
    };
  });
}
