import { languagesSection } from "@tsunagu/schemas/resume";
import { saveLanguagesSection } from "../../../services/resume/save-sections";
import { seekerProcedure } from "../../../trpc";
import { savedSchema } from "./schemas";

/** F2: the languages the seeker speaks, each with its level (JLPT, CEFR or native). */
export const saveLanguages = seekerProcedure
  .input(languagesSection)
  .output(savedSchema)
  .mutation(async ({ ctx, input }) => {
    const { savedAt } = await saveLanguagesSection(ctx.db, ctx.user.id, input);
    return { savedAt: savedAt.toISOString() };
  });
