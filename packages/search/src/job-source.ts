import type { Db } from "@tsunagu/db";
import type { JobRecord } from "@tsunagu/privacy";

const jobSelect = {
  id: true,
  status: true,
  areaId: true,
  title: true,
  description: true,
  location: true,
  workArrangement: true,
  employmentType: true,
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryPeriod: true,
  visaSupport: true,
  requiredJapaneseLevel: true,
  publishedAt: true,
  company: { select: { id: true, name: true, slug: true, status: true } },
} as const;

/** Jobs by id as the database says they are now; missing ids are simply absent. */
export async function loadJobsById(db: Pick<Db, "job">, ids: readonly string[]): Promise<Map<string, JobRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await db.job.findMany({ where: { id: { in: [...ids] } }, select: jobSelect });
  return new Map(rows.map((row) => [row.id, row]));
}
