import { z } from "zod";
import { listSessions } from "@tsunagu/auth";
import { authenticatedProcedure } from "../../../trpc";
import { isoDateTime, noInput } from "../schemas";

export const sessionsOutput = z.array(
  z.object({
    id: z.string(),
    current: z.boolean(),
    createdAt: isoDateTime,
    lastActiveAt: isoDateTime,
    /** "Firefox on Linux" material, as the browser sent it; shown to the account owner only. */
    userAgent: z.string().nullable(),
  }),
);

/** Where the account is signed in (issue 3: sessions list with sign-out per device). */
export const sessions = authenticatedProcedure
  .input(noInput)
  .output(sessionsOutput)
  .query(async ({ ctx }) => {
    const entries = await listSessions(ctx.db, ctx.user.id, ctx.session.id);
    return entries.map((entry) => ({
      id: entry.id,
      current: entry.current,
      createdAt: entry.createdAt.toISOString(),
      lastActiveAt: entry.lastActiveAt.toISOString(),
      userAgent: entry.userAgent,
    }));
  });
