import { z } from "zod";
import { listSavedSearches } from "../../../services/saved-searches/saved-searches";
import { employerProcedure } from "../../../trpc";
import { savedSearchSchema } from "./saved-search-schema";

/** F12: the caller's own saved searches (owners too see only their own; see the service). */
export const list = employerProcedure
  .input(z.void())
  .output(z.array(savedSearchSchema))
  .query(({ ctx }) =>
    listSavedSearches(ctx.db, { companyId: ctx.member.companyId, memberId: ctx.member.id }),
  );
