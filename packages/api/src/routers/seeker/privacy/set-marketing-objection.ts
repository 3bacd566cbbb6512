import { setMarketingObjectionInput } from "@tsunagu/schemas/privacy";
import { z } from "zod";
import { setMarketingObjection as record } from "../../../services/privacy-center/consents";
import { seekerProcedure } from "../../../trpc";
import { iso } from "./schemas";

/** F7: object to marketing, or lift the objection. */
export const setMarketingObjection = seekerProcedure
  .input(setMarketingObjectionInput)
  .output(z.object({ objectedAt: z.string().nullable() }))
  .mutation(async ({ ctx, input }) => {
    const { objectedAt } = await record(ctx.db, ctx.user.id, input.objected);
    return { objectedAt: iso(objectedAt) };
  });
