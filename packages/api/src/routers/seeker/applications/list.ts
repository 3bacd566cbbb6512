import { z } from "zod";
import { listMyApplications } from "../../../services/applications/my-applications";
import { seekerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";
import { applicationSummarySchema, jobOut } from "./schemas";

/** F5: "My applications". */
export const list = seekerProcedure
  .input(noInput)
  .output(z.object({ applications: z.array(applicationSummarySchema) }))
  .query(async ({ ctx }) => {
    const rows = await listMyApplications(ctx.db, ctx.user.id);
    return {
      applications: rows.map((row) => ({
        id: row.id,
        status: row.status,
        appliedAt: row.createdAt.toISOString(),
        statusChangedAt: row.statusChangedAt.toISOString(),
        job: jobOut(row.job),
      })),
    };
  });
