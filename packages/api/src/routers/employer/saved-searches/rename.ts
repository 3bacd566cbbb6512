import { renameSavedSearchInput } from "@tsunagu/schemas/saved-searches";
import { renameSavedSearch } from "../../../services/saved-searches/saved-searches";
import { employerProcedure } from "../../../trpc";
import { savedSearchSchema } from "./saved-search-schema";

export const rename = employerProcedure
  .input(renameSavedSearchInput)
  .output(savedSearchSchema)
  .mutation(({ ctx, input }) =>
    renameSavedSearch(ctx.db, { companyId: ctx.member.companyId, memberId: ctx.member.id }, input),
  );
