import { z } from "zod";
import { verifyCompanyByAdmin } from "../../../services/company/admin-companies";
import { adminProcedure } from "../../../trpc";
import { isoDateTime } from "../../shared/schemas";

/** F10: the platform team verified the company by hand; audited (PLATFORM_ADMIN). */
export const verify = adminProcedure
  .input(z.object({ companyId: z.uuid() }))
  .output(z.object({ verifiedAt: isoDateTime }))
  .mutation(async ({ ctx, input }) => {
    const { verifiedAt } = await verifyCompanyByAdmin(ctx.db, ctx.user.id, input.companyId);
    return { verifiedAt: verifiedAt.toISOString() };
  });
