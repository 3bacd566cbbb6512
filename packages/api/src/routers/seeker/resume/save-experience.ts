import { experienceSection } from "@tsunagu/schemas/resume";
import { saveExperienceSection } from "../../../services/resume/save-sections";
import { seekerProcedure } from "../../../trpc";
import { savedSchema } from "./schemas";

/** F2: work experience by month, the current job without an end. */
export const saveExperience = seekerProcedure
  .input(experienceSection)
  .output(savedSchema)
  .mutation(async ({ ctx, input }) => {
    const { savedAt } = await saveExperienceSection(ctx.db, ctx.user.id, input);
    return { savedAt: savedAt.toISOString() };
  });
