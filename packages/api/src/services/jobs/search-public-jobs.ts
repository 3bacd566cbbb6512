import { z } from "zod";
import { text } from "@tsunagu/schemas";
import { EmploymentType, type Db } from "@tsunagu/db";
import { toPublicJobDocument, type PublicJobDocument } from "@tsunagu/privacy";
import { jobIndex, loadJobsById, quoteFilterValue, SEARCH_LOCALES } from "@tsunagu/search";
import type { Index } from "meilisearch";
import { AppError } from "../../errors";

/** The jobs index answers at most this many hits per query (its maxTotalHits). */
const MAX_TOTAL_HITS = 1000;

/** What a seeker can say of their Japanese, hardest first (the /jobs filter, F5). */
export const SEEKER_JAPANESE_LEVELS = [
  "JLPT_N1",
  "JLPT_N2",
  "JLPT_N3",
  "JLPT_N4",
  "JLPT_N5",
  "NONE",
] as const;
export type SeekerJapaneseLevel = (typeof SEEKER_JAPANESE_LEVELS)[number];

/**
 * The job requirements a seeker at `level` meets: that JLPT level and every easier one. A job
 * asking for native Japanese, or for a CEFR level of Japanese, is never counted as met by a
 * JLPT level; a job asking for nothing is met by everyone (added in the filter itself).
 */
export function requirementsMetBy(level: SeekerJapaneseLevel): string[] {
  const jlpt = SEEKER_JAPANESE_LEVELS.filter((l) => l !== "NONE");
  return level === "NONE" ? [] : jlpt.slice(jlpt.indexOf(level));
}

/** The filters of the public job search; a job alert stores them as they are (F8). */
export const publicJobFilters = z
  .object({
    /** Prefecture (English name) or "Remote", as jobs store it. */
    location: text().trim().min(1).max(80).optional(),
    /** Any of these. */
    employmentType: z.array(z.enum(EmploymentType)).min(1).max(6).optional(),
    visaSupport: z.boolean().optional(),
    /** Jobs whose pay range reaches at least this amount (in the job's own period). */
    salaryAtLeast: z.number().int().min(0).max(100_000_000).optional(),
    /**
     * The seeker's own Japanese level: jobs asking for that level or an easier one, and jobs
     * asking for none. NONE: only jobs asking for no Japanese.
     */
    japaneseLevel: z.enum(SEEKER_JAPANESE_LEVELS).optional(),
  })
  .strict();
export type PublicJobFilters = z.output<typeof publicJobFilters>;

export const searchPublicJobsInput = z
  .object({
    query: text().trim().max(200).default(""),
    filters: publicJobFilters.default({}),
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
  /**
   * Counts per filter value (employmentType, location, visaSupport) for the current search, and
   * japaneseLevel: for each level a seeker can choose, how many jobs that choice lists.
   */
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
  if (filters.japaneseLevel) {
    and.push([
      "requiredJapaneseLevel IS NULL",
      ...requirementsMetBy(filters.japaneseLevel).map(
        (l) => `requiredJapaneseLevel = ${quoteFilterValue(l)}`,
      ),
    ]);
  }
  return and;
}

/**
 * Counts for the Japanese-level choices, each as the number of jobs the filter would list at
 * that level, with every other filter applied. Read from the facets of one search without the
 * level filter: the visaSupport counts (true + false) add up to every job, and what the
 * requiredJapaneseLevel counts do not cover asks for no Japanese (null is never a facet value).
 */
function japaneseLevelCounts(
  facets: Record<string, Record<string, number>>,
): Record<string, number> {
  const sum = (counts: Record<string, number> | undefined) =>
    Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
  const required = facets.requiredJapaneseLevel ?? {};
  const none = sum(facets.visaSupport) - sum(required);
  return Object.fromEntries(
    SEEKER_JAPANESE_LEVELS.map((level) => [
      level,
      none + requirementsMetBy(level).reduce((total, l) => total + (required[l] ?? 0), 0),
    ]),
  );
}

/**
 * F5: public job search, no sign-in. Meilisearch ranks; PostgreSQL decides: every hit is read
 * again from the database and rebuilt through the public projection, so a job closed, moved to
 * a private recruiting area or of a suspended company is never shown, however stale the index.
 */
export async function searchPublicJobs(
  db: Pick<Db, "job">,
  rawInput: SearchPublicJobsInput,
  options: {
    index?: Index<PublicJobDocument>;
    /** Only jobs published in this window (after `from`, up to and with `until`): job alerts. */
    published?: { from: Date; until: Date };
  } = {},
): Promise<SearchPublicJobsResult> {
  const input = searchPublicJobsInput.parse(rawInput);
  const index = options.index ?? jobIndex();
  const published = options.published
    ? [
        [`publishedAt > ${options.published.from.getTime()}`],
        [`publishedAt <= ${options.published.until.getTime()}`],
      ]
    : [];
  let response;
  let levelFacets;
  try {
    [response, levelFacets] = await Promise.all([
      index.search(input.query, {
        filter: [...jobFilter(input.filters), ...published],
        sort: SORTS[input.sort] ? [...SORTS[input.sort]!] : undefined,
        facets: [...JOB_FACETS],
        offset: input.page * input.pageSize,
        limit: input.pageSize + LAG_SLACK,
        locales: SEARCH_LOCALES,
        attributesToRetrieve: ["id"],
      }),
      // The level choices are alternatives: their counts ignore the level chosen now.
      index.search(input.query, {
        filter: [...jobFilter({ ...input.filters, japaneseLevel: undefined }), ...published],
        facets: ["requiredJapaneseLevel", "visaSupport"],
        limit: 0,
        locales: SEARCH_LOCALES,
      }),
    ]);
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
    facets: {
      ...(response.facetDistribution as Record<string, Record<string, number>> | undefined),
      japaneseLevel: japaneseLevelCounts(
        (levelFacets.facetDistribution ?? {}) as Record<string, Record<string, number>>,
      ),
    },
  };
}
