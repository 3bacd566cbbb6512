import { z } from "zod";
import { searchPublicJobs, searchPublicJobsInput } from "../../../services/jobs/search-public-jobs";
import { publicProcedure } from "../../../trpc";
import { isoDateTime } from "../../shared/schemas";

export const publicJobSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  location: z.string(),
  workArrangement: z.string(),
  employmentType: z.string(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  salaryCurrency: z.string(),
  salaryPeriod: z.string(),
  visaSupport: z.boolean(),
  requiredJapaneseLevel: z.string().nullable(),
  companyName: z.string(),
  companySlug: z.string(),
  publishedAt: isoDateTime,
});

/** F5: public job postings, no sign-in needed. */
export const search = publicProcedure
  .input(searchPublicJobsInput)
  .output(
    z.object({
      jobs: z.array(publicJobSchema),
      page: z.number().int(),
      pageSize: z.number().int(),
      estimatedTotalHits: z.number().int(),
      facets: z.record(z.string(), z.record(z.string(), z.number().int())),
    }),
  )
  .query(async ({ ctx, input }) => {
    const result = await searchPublicJobs(ctx.db, input);
    return {
      ...result,
      jobs: result.jobs.map((job) => ({
        ...job,
        publishedAt: new Date(job.publishedAt).toISOString(),
      })),
    };
  });
