import { refereesSection } from "@tsunagu/schemas/resume";
import { saveRefereesSection } from "../../../services/resume/save-sections";
import { seekerProcedure } from "../../../trpc";
import { savedSchema } from "./schemas";

/** F2: referees, each only with the seeker's attestation of their consent (recorded with its time). */
export const saveReferees = seekerProcedure
  .input(refereesSection)
  .output(savedSchema)
  .mutation(async ({ ctx, input }) => {
    const { savedAt } = await saveRefereesSection(ctx.db, ctx.user.id, input);
    return { savedAt: savedAt.toISOString() };
  });
