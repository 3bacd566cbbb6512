import { unsubscribeTokenInput } from "@tsunagu/schemas/email";
import { z } from "zod";
import { AppError } from "../../errors";
import { describeUnsubscribeToken, unsubscribeWithToken } from "../../services/email/preferences";
import { publicProcedure, router } from "../../trpc";

const category = z.enum([
  "INVITATIONS",
  "JOB_ALERTS",
  "SAVED_SEARCH_ALERTS",
  "NEWSLETTER",
  "MARKETING",
  "RESUME_REMINDERS",
]);

const NOT_FOUND =
  "This unsubscribe link is not valid. Change your email settings after signing in.";

/** F8: what the confirm page of a List-Unsubscribe link shows; no sign-in. */
export const info = publicProcedure
  .input(unsubscribeTokenInput)
  .output(z.object({ category, unsubscribed: z.boolean() }))
  .query(async ({ ctx, input }) => {
    const found = await describeUnsubscribeToken(ctx.db, input.token);
    if (!found || found.category === "ACCOUNT") throw new AppError("NOT_FOUND", NOT_FOUND);
    return { category: found.category, unsubscribed: found.unsubscribed };
  });

/** F8, RFC 8058: the one-click POST; idempotent, no sign-in. */
export const confirm = publicProcedure
  .input(unsubscribeTokenInput)
  .output(z.object({ category }))
  .mutation(async ({ ctx, input }) => {
    const done = await unsubscribeWithToken(ctx.db, input.token);
    if (!done || done.category === "ACCOUNT") throw new AppError("NOT_FOUND", NOT_FOUND);
    return { category: done.category };
  });

/** Mounted in the seeker and the employer routers: their mail links to their own app. */
export const unsubscribeRouter = router({ info, confirm });
