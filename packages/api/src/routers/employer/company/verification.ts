import { z } from "zod";
import { VerificationMethod } from "@tsunagu/db";
import { companyVerificationStatus } from "../../../services/company/verification";
import { employerProcedure } from "../../../trpc";
import { isoDateTime, noInput } from "../../shared/schemas";

/** F10/F13: whether the company is verified (and how), and whether invitations are paused. */
export const verification = employerProcedure
  .input(noInput)
  .output(
    z.object({
      verifiedAt: isoDateTime.nullable(),
      method: z.enum(VerificationMethod).nullable(),
      reviewFlagged: z.boolean(),
      domain: z.string().nullable(),
      pending: z.object({ email: z.string(), expiresAt: isoDateTime }).nullable(),
    }),
  )
  .query(async ({ ctx }) => {
    const status = await companyVerificationStatus(ctx.db, ctx.member.companyId);
    // Only owners verify; a recruiter does not need the address an owner used.
    const pending = ctx.member.role === "OWNER" ? status.pending : null;
    return {
      verifiedAt: status.verifiedAt?.toISOString() ?? null,
      method: status.method,
      reviewFlagged: status.reviewFlaggedAt !== null,
      domain: status.domain,
      pending: pending
        ? { email: pending.email, expiresAt: pending.expiresAt.toISOString() }
        : null,
    };
  });
