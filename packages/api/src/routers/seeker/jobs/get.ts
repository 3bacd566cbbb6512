import { z } from "zod";
import { jobRef } from "@tsunagu/schemas/applications";
import { getPublicJob } from "../../../services/jobs/public-job";
import { publicProcedure } from "../../../trpc";
import { publicJobSchema } from "./search";

/** F5: one public job and its company, no sign-in needed. */
export const get = publicProcedure
  .input(jobRef)
  .output(
    publicJobSchema.extend({
      company: z.object({
        name: z.string(),
        slug: z.string(),
        website: z.string().nullable(),
        description: z.string().nullable(),
      }),
    }),
  )
  .query(async ({ ctx, input }) => {
    const job = await getPublicJob(ctx.db, input.jobId);
    return { ...job, publishedAt: new Date(job.publishedAt).toISOString() };
  });
