import { z } from "zod";
import { BillingProvider, InvoiceStatus } from "@tsunagu/db";
import { listInvoicesForAdmin } from "../../../services/billing/admin-invoices";
import { adminProcedure } from "../../../trpc";
import { isoDateTime } from "../../shared/schemas";

/** F11/F17: invoices by status and company, newest first; company names, no people. */
export const listInvoices = adminProcedure
  .input(
    z
      .object({ status: z.enum(InvoiceStatus).optional(), companyId: z.uuid().optional() })
      .default({}),
  )
  .output(
    z.array(
      z.object({
        id: z.string(),
        number: z.string(),
        companyId: z.string(),
        companyName: z.string(),
        planCode: z.string().nullable(),
        provider: z.enum(BillingProvider),
        amount: z.number().int(),
        currency: z.string(),
        status: z.enum(InvoiceStatus),
        periodStart: isoDateTime,
        periodEnd: isoDateTime,
        issuedAt: isoDateTime,
        dueAt: isoDateTime,
        paidAt: isoDateTime.nullable(),
        markedPaidByUserId: z.string().nullable(),
      }),
    ),
  )
  .query(async ({ ctx, input }) => {
    const invoices = await listInvoicesForAdmin(ctx.db, input);
    return invoices.map((i) => ({
      ...i,
      periodStart: i.periodStart.toISOString(),
      periodEnd: i.periodEnd.toISOString(),
      issuedAt: i.issuedAt.toISOString(),
      dueAt: i.dueAt.toISOString(),
      paidAt: i.paidAt?.toISOString() ?? null,
    }));
  });
