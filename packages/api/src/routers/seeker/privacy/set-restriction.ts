import { setRestrictionInput } from "@tsunagu/schemas/privacy";
import { z } from "zod";
import { setRestriction as record } from "../../../services/privacy-center/consents";
import { seekerProcedure } from "../../../trpc";
import { iso } from "./schemas";

/** F7: restrict processing or lift the restriction, at once. */
export const setRestriction = seekerProcedure
  .input(setRestrictionInput)
  .output(z.object({ restrictedAt: z.string().nullable() }))
  .mutation(async ({ ctx, input }) => {
    const { restrictedAt } = await record(ctx.db, ctx.user.id, input.restricted);
    return { restrictedAt: iso(restrictedAt) };
  });
