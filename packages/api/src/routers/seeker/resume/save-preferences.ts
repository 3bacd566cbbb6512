import { preferencesSection } from "@tsunagu/schemas/resume";
import { savePreferencesSection } from "../../../services/resume/save-sections";
import { seekerProcedure } from "../../../trpc";
import { savedSchema } from "./schemas";

/** F2: the work the seeker wants — job types, places, salary range, availability. */
export const savePreferences = seekerProcedure
  .input(preferencesSection)
  .output(savedSchema)
  .mutation(async ({ ctx, input }) => {
    const { savedAt } = await savePreferencesSection(ctx.db, ctx.user.id, input);
    return { savedAt: savedAt.toISOString() };
  });
