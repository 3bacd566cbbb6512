import { z } from "zod";
import { markInvoicePaid as markInvoicePaidService } from "../../../services/billing/admin-invoices";
import { adminProcedure } from "../../../trpc";
import { isoDateTime } from "../../shared/schemas";

/** F11: the transfer for a manual invoice arrived; the plan starts. Audited (PLATFORM_ADMIN). */
export const markInvoicePaid = adminProcedure
  .input(z.object({ invoiceId: z.uuid() }))
  .output(z.object({ id: z.string(), status: z.literal("PAID"), paidAt: isoDateTime }))
  .mutation(async ({ ctx, input }) => {
    const paid = await markInvoicePaidService(ctx.db, ctx.user.id, input.invoiceId);
    return { id: paid.id, status: "PAID" as const, paidAt: paid.paidAt.toISOString() };
  });
