import { z } from "zod";
import { voidInvoice as voidInvoiceService } from "../../../services/billing/admin-invoices";
import { adminProcedure } from "../../../trpc";

/** F11: an open manual invoice will not be paid. Audited (PLATFORM_ADMIN). */
export const voidInvoice = adminProcedure
  .input(z.object({ invoiceId: z.uuid() }))
  .output(z.object({ id: z.string(), status: z.literal("VOID") }))
  .mutation(({ ctx, input }) => voidInvoiceService(ctx.db, ctx.user.id, input.invoiceId));
