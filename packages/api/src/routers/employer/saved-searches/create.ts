import { createSavedSearchInput } from "@tsunagu/schemas/saved-searches";
import { createSavedSearch } from "../../../services/saved-searches/saved-searches";
import { employerProcedure } from "../../../trpc";
import { savedSearchSchema } from "./saved-search-schema";

/** F12: save the search page's current search under a name (limit and unique names per member). */
export const create = employerProcedure
  .input(createSavedSearchInput)
  .output(savedSearchSchema)
  .mutation(({ ctx, input }) =>
    createSavedSearch(ctx.db, { companyId: ctx.member.companyId, memberId: ctx.member.id }, input),
  );
