import { z } from "zod";
import { getUsage } from "../../../services/usage/get-usage";
import { employerProcedure } from "../../../trpc";
import { noInput } from "../../shared/schemas";

const allowance = z.object({
  used: z.number().int(),
  limit: z.number().int(),
  left: z.number().int(),
});

const blocker = z.enum(["plan", "verification", "review"]).nullable();

/** F12/F13: the quotas the member has used and has left, shown on the search page. */
export const get = employerProcedure
  .input(noInput)
  .output(
    z.object({
      searchIncluded: z.boolean(),
      invitationsIncluded: z.boolean(),
      searchBlockedBy: blocker,
      invitationsBlockedBy: blocker,
      searchesThisMinute: allowance,
      searchesToday: allowance,
      invitationsThisMonth: allowance,
      recountMinutes: z.number().int(),
    }),
  )
  .query(({ ctx }) =>
    getUsage(ctx.db, { companyId: ctx.member.companyId, memberId: ctx.member.id }),
  );
