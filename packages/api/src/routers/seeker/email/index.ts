import { seekerEmailPreferences } from "@tsunagu/schemas/email";
import { z } from "zod";
import {
  loadSeekerEmailPreferences,
  saveSeekerEmailPreferences,
} from "../../../services/email/preferences";
import { router, seekerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";

const preferencesSchema = z.object({
  INVITATIONS: z.boolean(),
  JOB_ALERTS: z.boolean(),
  NEWSLETTER: z.boolean(),
  RESUME_REMINDERS: z.boolean(),
});

/** F8: the signed-in seeker's email choice per category (account mail is always sent). */
export const preferences = seekerProcedure
  .input(noInput)
  .output(preferencesSchema)
  .query(({ ctx }) => loadSeekerEmailPreferences(ctx.db, ctx.user.id));

/** F8: saves every category's choice at once, effective for the next mail. */
export const savePreferences = seekerProcedure
  .input(seekerEmailPreferences)
  .output(preferencesSchema)
  .mutation(async ({ ctx, input }) => {
    await saveSeekerEmailPreferences(ctx.db, ctx.user.id, input);
    return loadSeekerEmailPreferences(ctx.db, ctx.user.id);
  });

export const emailRouter = router({ preferences, savePreferences });
