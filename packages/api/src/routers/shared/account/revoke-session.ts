import { z } from "zod";
import { text } from "@tsunagu/schemas";
import { invalidateUserSession } from "@tsunagu/auth";
import { authenticatedProcedure } from "../../../trpc";
import { clearSessionCookie } from "./clear-session-cookie";

/** Sign out one device from the sessions list; only the caller's own sessions can be ended. */
export const revokeSession = authenticatedProcedure
  .input(z.object({ sessionId: text().min(1).max(64) }))
  .output(z.object({ revoked: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const revoked = await invalidateUserSession(ctx.db, ctx.user.id, input.sessionId);
    if (revoked && input.sessionId === ctx.session.id) clearSessionCookie(ctx);
    return { revoked };
  });
