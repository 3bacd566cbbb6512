import { z } from "zod";
import { findCandidates, findCandidatesInput } from "../../../services/candidates/find-candidates";
import { employerProcedure } from "../../../trpc";
import { candidateSchema } from "./candidate-schema";

/**
 * F12: resume search. A query although each call counts against the member's search quota:
 * metering is not a change the caller asked for. SameSite=Lax does send the cookie when another
 * site navigates the browser here at the top level, so the handler refuses cross-site requests
 * of any method and caps the batch (handler.ts): no other page can spend a member's searches.
 */
export const find = employerProcedure
  .input(findCandidatesInput)
  .output(
    z.object({
      candidates: z.array(candidateSchema),
      page: z.number().int(),
      pageSize: z.number().int(),
      estimatedTotalHits: z.number().int(),
      facets: z.record(z.string(), z.record(z.string(), z.number())),
    }),
  )
  .query(async ({ ctx, input }) => {
    const timings = ctx.timings ?? undefined;
    // Since the session was read: the company's status check and input validation.
    timings?.lap("authorize");
    const caller = {
      companyId: ctx.member.companyId,
      memberId: ctx.member.id,
      // Read with the session on this request: the domain blocks need no read of their own.
      emailDomain: ctx.member.confirmedEmailDomain,
    };
    const found = await findCandidates(ctx.db, caller, input, { timings });
    timings?.lap("search");
    return found;
  });
