import { z } from "zod";
import { jobRef } from "@tsunagu/schemas/applications";
import { previewApplication } from "../../../services/applications/apply-to-job";
import { seekerProcedure } from "../../../trpc";
import { applicationSnapshotSchema } from "./schemas";

/** F5/R5: what applying to this job would share, shown before the seeker confirms. */
export const preview = seekerProcedure
  .input(jobRef)
  .output(
    z.object({
      snapshot: applicationSnapshotSchema,
      alreadyAppliedApplicationId: z.string().nullable(),
    }),
  )
  .query(async ({ ctx, input }) => previewApplication(ctx.db, ctx.user.id, input.jobId));
