import type { Db } from "@tsunagu/db";
import { toPublicJobDocument, type PublicJobDocument } from "@tsunagu/privacy";
import { loadJobsById } from "@tsunagu/search";
import { AppError } from "../../errors";

export interface PublicJob extends PublicJobDocument {
  company: { name: string; slug: string; website: string | null; description: string | null };
}

/**
 * F5: one job as anyone may see it. The same public projection as search: a job that is a
 * draft, closed, of a private recruiting area or of a suspended company is "not found".
 */
export async function getPublicJob(
  db: Pick<Db, "job" | "company">,
  jobId: string,
): Promise<PublicJob> {
  const record = (await loadJobsById(db, [jobId])).get(jobId);
  const job = record ? toPublicJobDocument(record) : null;
  if (!job) throw new AppError("NOT_FOUND", "There is no such job.");
  const company = await db.company.findUniqueOrThrow({
    where: { id: job.companyId },
    select: { name: true, slug: true, website: true, description: true },
  });
  return { ...job, company };
}
