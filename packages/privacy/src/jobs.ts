/**
 * Public job postings (F5): what the jobs index and the public job search may show. A job of a
 * private recruiting area never appears here (R8); it lives only on that company's area site.
 */
export interface JobRecord {
  id: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  areaId: string | null;
  title: string;
  description: string;
  location: string;
  workArrangement: string;
  employmentType: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string;
  salaryPeriod: string;
  visaSupport: boolean;
  requiredJapaneseLevel: string | null;
  publishedAt: Date | null;
  company: { id: string; name: string; slug: string; status: "ACTIVE" | "SUSPENDED" };
}

export interface PublicJobDocument {
  id: string;
  title: string;
  description: string;
  location: string;
  workArrangement: string;
  employmentType: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string;
  salaryPeriod: string;
  visaSupport: boolean;
  requiredJapaneseLevel: string | null;
  companyId: string;
  companyName: string;
  companySlug: string;
  publishedAt: number;
}

export function isPublicJob(job: JobRecord): boolean {
  return job.status === "OPEN" && job.areaId === null && job.company.status === "ACTIVE" && job.publishedAt !== null;
}

/** The public posting, or null when it must not be listed. */
export function toPublicJobDocument(job: JobRecord): PublicJobDocument | null {
  if (!isPublicJob(job)) return null;
  return {
    id: job.id,
    title: job.title,
    description: job.description,
    location: job.location,
    workArrangement: job.workArrangement,
    employmentType: job.employmentType,
    salaryMin: job.salaryMin,
    salaryMax: job.salaryMax,
    salaryCurrency: job.salaryCurrency,
    salaryPeriod: job.salaryPeriod,
    visaSupport: job.visaSupport,
    requiredJapaneseLevel: job.requiredJapaneseLevel,
    companyId: job.company.id,
    companyName: job.company.name,
    companySlug: job.company.slug,
    publishedAt: job.publishedAt!.getTime(),
  };
}
