import { z } from "zod";
import { jobRef } from "@tsunagu/schemas/applications";
import { isJobSaved, listSavedJobs, saveJob, unsaveJob } from "../../../services/jobs/saved-jobs";
import { router, seekerProcedure } from "../../../trpc";
import { isoDateTime, noInput } from "../../shared/schemas";
import { publicJobSchema } from "./search";

const savedOut = z.object({ saved: z.boolean() });

/** F5: the seeker's own saved jobs; nobody else can read or change them. */
export const savedJobsRouter = router({
  list: seekerProcedure
    .input(noInput)
    .output(
      z.object({
        savedJobs: z.array(
          z.object({ jobId: z.string(), savedAt: isoDateTime, job: publicJobSchema.nullable() }),
        ),
      }),
    )
    .query(async ({ ctx }) => {
      const entries = await listSavedJobs(ctx.db, ctx.user.id);
      return {
        savedJobs: entries.map((entry) => ({
          jobId: entry.jobId,
          savedAt: entry.savedAt.toISOString(),
          job: entry.job
            ? { ...entry.job, publishedAt: new Date(entry.job.publishedAt).toISOString() }
            : null,
        })),
      };
    }),
  contains: seekerProcedure
    .input(jobRef)
    .output(savedOut)
    .query(async ({ ctx, input }) => ({
      saved: await isJobSaved(ctx.db, ctx.user.id, input.jobId),
    })),
  save: seekerProcedure
    .input(jobRef)
    .output(savedOut)
    .mutation(({ ctx, input }) => saveJob(ctx.db, ctx.user.id, input.jobId)),
  unsave: seekerProcedure
    .input(jobRef)
    .output(savedOut)
    .mutation(({ ctx, input }) => unsaveJob(ctx.db, ctx.user.id, input.jobId)),
});
