import { summarySection } from "@tsunagu/schemas/resume";
import { saveSummarySection } from "../../../services/resume/save-sections";
import { seekerProcedure } from "../../../trpc";
import { savedSchema } from "./schemas";

/** F2: headline, summary and career level. */
export const saveSummary = seekerProcedure
  .input(summarySection)
  .output(savedSchema)
  .mutation(async ({ ctx, input }) => {
    const { savedAt } = await saveSummarySection(ctx.db, ctx.user.id, input);
    return { savedAt: savedAt.toISOString() };
  });
