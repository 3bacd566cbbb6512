import { getCandidate, getCandidateInput } from "../../../services/candidates/get-candidate";
import { employerProcedure } from "../../../trpc";
import { candidateSchema } from "./candidate-schema";

/**
 * F12/F16: one redacted candidate. A mutation, because every view is written to the disclosure
 * ledger with its stated purpose: it must pass the CSRF origin check, and a GET must never be
 * able to record a view in a member's name.
 */
export const get = employerProcedure
  .input(getCandidateInput)
  .output(candidateSchema)
  .mutation(({ ctx, input }) =>
    getCandidate(ctx.db, { companyId: ctx.member.companyId, memberId: ctx.member.id }, input),
  );
