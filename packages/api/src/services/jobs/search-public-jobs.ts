import { z } from "zod";
import { text } from "@tsunagu/schemas";
import { EmploymentType, type Db } from "@tsunagu/db";
import { toPublicJobDocument, type PublicJobDocument } from "@tsunagu/privacy";
import { jobIndex, loadJobsById, quoteFilterValue, SEARCH_LOCALES } from "@tsunagu/search";
import type { Index } from "meilisearch";
import { AppError } from "../../errors";

/** The jobs index answers at most this many hits per query (its maxTotalHits). */
const MAX_TOTAL_HITS = 1000;

export const searchPublicJobsInput = z
  .object({
    query: text().trim().max(200).default(""),
    filters: z
      .object({
        /** Prefecture (English name) or "Remote", as jobs store it. */
        location: text().trim().min(1).max(80).optional(),
        /** Any of these. */
        employmentType: z.array(z.enum(EmploymentType)).min(1).max(6).optional(),
        visaSupport: z.boolean().optional(),
        /** Jobs whose pay range reaches at least this amount (in the job's own period). */
        salaryAtLeast: z.number().int().min(0).max(100_000_000).optional(),
      })
      .strict()
      .default({}),
    sort: z.enum(["relevance", "recent", "salary"]).default("relevance"),
    page: z.number().int().min(0).default(0),
    pageSize: z.number().int().min(1).max(50).default(20),
  })
  .refine((input) => (input.page + 1) * input.pageSize <= MAX_TOTAL_HITS, {
    message: `Only the first ${MAX_TOTAL_HITS} results can be paged through. Narrow the search.`,
    path: ["page"],
  });
export type SearchPublicJobsInput = z.input<typeof searchPublicJobsInput>;

export interface SearchPublicJobsResult {
  jobs: PublicJobDocument[];
  page: number;
  pageSize: number;
  estimatedTotalHits: number;
  /** Hits the index still had but the database no longer lists (closed, suspended…). */
  droppedAsIndexLag: number;
  /** Counts per filter value (employmentType, location, visaSupport) for the current search. */
  facets: Record<string, Record<string, number>>;
}

/** The attributes whose values are counted next to the filter options. */
export const JOB_FACETS = ["employmentType", "location", "visaSupport"] as const;

const SORTS = {
  relevance: undefined,
  recent: ["publishedAt:desc"],
  salary: ["salaryMax:desc", "salaryMin:desc"],
} as const;

/** Extra hits asked for, so a page stays full when a few stale ones are dropped. */
const LAG_SLACK = 5;

/** Meilisearch filter in array form (outer AND, inner OR), values quoted and escaped. */
function jobFilter(filters: z.output<typeof searchPublicJobsInput>["filters"]): string[][] {
  const and: string[][] = [];
  if (filters.location) and.push([`location = ${quoteFilterValue(filters.location)}`]);
  if (filters.employmentType?.length) {
    and.push(filters.employmentType.map((type) => `employmentType = ${quoteFilterValue(type)}`));
  }
  if (filters.visaSupport !== undefined)
    and.push([`visaSupport = ${filters.visaSupport ? "true" : "false"}`]);
  if (filters.salaryAtLeast !== undefined)
    and.push([`salaryMax >= ${filters.salaryAtLeast}`, `salaryMin >= ${filters.salaryAtLeast}`]);
  return and;
}

/**
 * F5: public job search, no sign-in. Meilisearch ranks; PostgreSQL decides: every hit is read
 * again from the database and rebuilt through the public projection, so a job closed, moved to
 * a private recruiting area or of a suspended company is never shown, however stale the index.
 */
export async function searchPublicJobs(
  db: Pick<Db, "job">,
  rawInput: SearchPublicJobsInput,
  options: { index?: Index<PublicJobDocument> } = {},
): Promise<SearchPublicJobsResult> {
  const input = searchPublicJobsInput.parse(rawInput);
  const index = options.index ?? jobIndex();
  let response;
  try {
    response = await index.search(input.query, {
      filter: jobFilter(input.filters),
      sort: SORTS[input.sort] ? [...SORTS[input.sort]!] : undefined,
      facets: [...JOB_FACETS],
      offset: input.page * input.pageSize,
      limit: input.pageSize + LAG_SLACK,
      locales: SEARCH_LOCALES,
      attributesToRetrieve: ["id"],
    });
  } catch (error) {
    throw new AppError(
      "SEARCH_UNAVAILABLE",
      "Job search is temporarily unavailable. Please try again shortly.",
      {
        cause: error,
      },
    );
  }

  const ids = response.hits.map((hit) => String(hit.id));
  const records = await loadJobsById(db, ids);
  const jobs: PublicJobDocument[] = [];
  let dropped = 0;
  for (const id of ids) {
    const record = records.get(id);
    const job = record ? toPublicJobDocument(record) : null;
    if (!job) dropped += 1;
    else if (jobs.length < input.pageSize) jobs.push(job);
  }
  return {
    jobs,
    page: input.page,
    pageSize: input.pageSize,
    estimatedTotalHits: response.estimatedTotalHits ?? 0,
    droppedAsIndexLag: dropped,
    facets: (response.facetDistribution ?? {}) as Record<string, Record<string, number>>,
  };
}
