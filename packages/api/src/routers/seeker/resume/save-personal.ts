import { personalSection } from "@tsunagu/schemas/resume";
import { savePersonalSection } from "../../../services/resume/save-sections";
import { seekerProcedure } from "../../../trpc";
import { savedSchema } from "./schemas";

/** F2: names, birth date, residence, phone (stored E.164) and visa. */
export const savePersonal = seekerProcedure
  .input(personalSection)
  .output(savedSchema)
  .mutation(async ({ ctx, input }) => {
    const { savedAt } = await savePersonalSection(ctx.db, ctx.user.id, input);
    return { savedAt: savedAt.toISOString() };
  });
