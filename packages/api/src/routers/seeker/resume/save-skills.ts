import { skillsSection } from "@tsunagu/schemas/resume";
import { saveSkillsSection } from "../../../services/resume/save-sections";
import { seekerProcedure } from "../../../trpc";
import { savedSchema } from "./schemas";

/** F2: skills with years, and certifications. */
export const saveSkills = seekerProcedure
  .input(skillsSection)
  .output(savedSchema)
  .mutation(async ({ ctx, input }) => {
    const { savedAt } = await saveSkillsSection(ctx.db, ctx.user.id, input);
    return { savedAt: savedAt.toISOString() };
  });
