import { z } from "zod";
import { applicationRef } from "@tsunagu/schemas/applications";
import { withdrawMyApplication } from "../../../services/applications/my-applications";
import { seekerProcedure } from "../../../trpc";
import { isoDateTime } from "../../shared/schemas";

/** F5: withdraw one of my applications (status WITHDRAWN, recorded). */
export const withdraw = seekerProcedure
  .input(applicationRef)
  .output(z.object({ withdrawnAt: isoDateTime }))
  .mutation(async ({ ctx, input }) => {
    const { withdrawnAt } = await withdrawMyApplication(ctx.db, ctx.user.id, input.applicationId);
    return { withdrawnAt: withdrawnAt.toISOString() };
  });
