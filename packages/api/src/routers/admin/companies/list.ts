import { z } from "zod";
import { CompanyStatus, VerificationMethod } from "@tsunagu/db";
import { listCompaniesForAdmin } from "../../../services/company/admin-companies";
import { adminProcedure } from "../../../trpc";
import { isoDateTime } from "../../shared/schemas";

/** F10/F13: companies by status, verification and review flag; names and ids, no people. */
export const list = adminProcedure
  .input(
    z
      .object({
        status: z.enum(CompanyStatus).optional(),
        verified: z.boolean().optional(),
        flagged: z.boolean().optional(),
      })
      .default({}),
  )
  .output(
    z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        slug: z.string(),
        status: z.enum(CompanyStatus),
        website: z.string().nullable(),
        verifiedAt: isoDateTime.nullable(),
        verificationMethod: z.enum(VerificationMethod).nullable(),
        reviewFlaggedAt: isoDateTime.nullable(),
        createdAt: isoDateTime,
      }),
    ),
  )
  .query(async ({ ctx, input }) => {
    const companies = await listCompaniesForAdmin(ctx.db, input);
    return companies.map((c) => ({
      ...c,
      verifiedAt: c.verifiedAt?.toISOString() ?? null,
      reviewFlaggedAt: c.reviewFlaggedAt?.toISOString() ?? null,
      createdAt: c.createdAt.toISOString(),
    }));
  });
