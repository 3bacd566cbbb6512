import { z } from "zod";
import { findCandidates, findCandidatesInput } from "../../../services/candidates/find-candidates";
import { employerProcedure } from "../../../trpc";
import { candidateSchema } from "./candidate-schema";

/**
 * F12: resume search. A query although each call counts against the member's search quota:
 * metering is not a change the caller asked for, and the count cannot be raised cross-site
 * (the cookie is SameSite=Lax, so no third-party page sends it on a sub-request).
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
  .query(({ ctx, input }) =>
    findCandidates(ctx.db, { companyId: ctx.member.companyId, memberId: ctx.member.id }, input),
  );
