import { z } from "zod";
import { applicationRef } from "@tsunagu/schemas/applications";
import { getMyApplication } from "../../../services/applications/my-applications";
import { seekerProcedure } from "../../../trpc";
import { applicationSnapshotSchema, applicationSummarySchema, jobOut } from "./schemas";

/** F5: one of my applications, with the resume exactly as it was sent. */
export const get = seekerProcedure
  .input(applicationRef)
  .output(
    applicationSummarySchema.extend({
      coverNote: z.string().nullable(),
      snapshot: applicationSnapshotSchema,
    }),
  )
  .query(async ({ ctx, input }) => {
    const row = await getMyApplication(ctx.db, ctx.user.id, input.applicationId);
    return {
      id: row.id,
      status: row.status,
      appliedAt: row.createdAt.toISOString(),
      statusChangedAt: row.statusChangedAt.toISOString(),
      coverNote: row.coverNote,
      job: jobOut(row.job),
      snapshot: row.resumeSnapshot,
    };
  });
