import { educationSection } from "@tsunagu/schemas/resume";
import { saveEducationSection } from "../../../services/resume/save-sections";
import { seekerProcedure } from "../../../trpc";
import { savedSchema } from "./schemas";

/** F2: schools and studies by month, in the seeker's order. */
export const saveEducation = seekerProcedure
  .input(educationSection)
  .output(savedSchema)
  .mutation(async ({ ctx, input }) => {
    const { savedAt } = await saveEducationSection(ctx.db, ctx.user.id, input);
    return { savedAt: savedAt.toISOString() };
  });
