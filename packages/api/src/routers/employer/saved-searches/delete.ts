import { deleteSavedSearchInput } from "@tsunagu/schemas/saved-searches";
import { z } from "zod";
import { deleteSavedSearch } from "../../../services/saved-searches/saved-searches";
import { employerProcedure } from "../../../trpc";

export const remove = employerProcedure
  .input(deleteSavedSearchInput)
  .output(z.object({ deleted: z.literal(true) }))
  .mutation(({ ctx, input }) =>
    deleteSavedSearch(ctx.db, { companyId: ctx.member.companyId, memberId: ctx.member.id }, input),
  );
