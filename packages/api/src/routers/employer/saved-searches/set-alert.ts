import { setSavedSearchAlertInput } from "@tsunagu/schemas/saved-searches";
import { setSavedSearchAlert } from "../../../services/saved-searches/saved-searches";
import { employerProcedure } from "../../../trpc";
import { savedSearchSchema } from "./saved-search-schema";

/** F12: the email alert of one of the caller's saved searches: OFF, DAILY or WEEKLY. */
export const setAlert = employerProcedure
  .input(setSavedSearchAlertInput)
  .output(savedSearchSchema)
  .mutation(({ ctx, input }) =>
    setSavedSearchAlert(
      ctx.db,
      { companyId: ctx.member.companyId, memberId: ctx.member.id },
      input,
    ),
  );
