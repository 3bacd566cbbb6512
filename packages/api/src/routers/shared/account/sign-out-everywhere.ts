import { z } from "zod";
import { invalidateAllSessions } from "@tsunagu/auth";
import { authenticatedProcedure } from "../../../trpc";
import { clearSessionCookie } from "./clear-session-cookie";

/** F1: end every session of the account, optionally keeping the one making the request. */
export const signOutEverywhere = authenticatedProcedure
  .input(z.object({ keepCurrent: z.boolean().default(false) }))
  .output(z.object({ ended: z.number().int().min(0) }))
  .mutation(async ({ ctx, input }) => {
    const ended = await invalidateAllSessions(
      ctx.db,
      ctx.user.id,
      input.keepCurrent ? { except: ctx.session.id } : {},
    );
    if (!input.keepCurrent) clearSessionCookie(ctx);
    return { ended };
  });
