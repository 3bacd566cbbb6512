import { z } from "zod";
import { applyForm } from "@tsunagu/schemas/applications";
import { applyToJob } from "../../../services/applications/apply-to-job";
import { seekerProcedure } from "../../../trpc";
import { isoDateTime } from "../../shared/schemas";

/** F5/R5: apply with the resume; the snapshot and its ledger row are written together. */
export const submit = seekerProcedure
  .input(applyForm)
  .output(z.object({ applicationId: z.string(), appliedAt: isoDateTime }))
  .mutation(async ({ ctx, input }) => {
    const application = await applyToJob(ctx.db, ctx.user.id, input);
    return { applicationId: application.id, appliedAt: application.createdAt.toISOString() };
  });
