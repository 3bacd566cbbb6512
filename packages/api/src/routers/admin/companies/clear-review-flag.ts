import { z } from "zod";
import { clearCompanyReviewFlag } from "../../../services/company/admin-companies";
import { adminProcedure } from "../../../trpc";

/** F13: the reports were reviewed; the company may invite again. Audited (PLATFORM_ADMIN). */
export const clearReviewFlag = adminProcedure
  .input(z.object({ companyId: z.uuid() }))
  .output(z.object({ cleared: z.boolean() }))
  .mutation(({ ctx, input }) => clearCompanyReviewFlag(ctx.db, ctx.user.id, input.companyId));
