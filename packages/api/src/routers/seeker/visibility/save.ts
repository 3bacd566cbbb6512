import { visibilitySettings } from "@tsunagu/schemas/visibility";
import { saveVisibilitySettings } from "../../../services/visibility/visibility-settings";
import { seekerProcedure } from "../../../trpc";
import { savedSchema } from "./schemas";

/** F3: PRIVATE / SEARCHABLE and the age band, effective at once. */
export const save = seekerProcedure
  .input(visibilitySettings)
  .output(savedSchema)
  .mutation(async ({ ctx, input }) => {
    const { savedAt } = await saveVisibilitySettings(ctx.db, ctx.user.id, input);
    return { savedAt: savedAt.toISOString() };
  });
