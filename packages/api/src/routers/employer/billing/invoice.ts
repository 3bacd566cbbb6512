import { z } from "zod";
import { getCompanyInvoice } from "../../../services/billing/get-invoice";
import { employerProcedure } from "../../../trpc";
import { isoDateTime } from "../../shared/schemas";
import { billingProviderSchema, invoiceStatusSchema } from "./schemas";

/** F11: one of the company's invoices, for the printable page (owners and recruiters). */
export const invoice = employerProcedure
  .input(z.object({ invoiceId: z.uuid() }))
  .output(
    z.object({
      id: z.string(),
      number: z.string(),
      provider: billingProviderSchema,
      amount: z.number().int(),
      currency: z.string(),
      status: invoiceStatusSchema,
      periodStart: isoDateTime,
      periodEnd: isoDateTime,
      issuedAt: isoDateTime,
      dueAt: isoDateTime,
      paidAt: isoDateTime.nullable(),
      planName: z.string().nullable(),
      company: z.object({
        name: z.string(),
        corporateNumber: z.string().nullable(),
        registryCountry: z.string().nullable(),
        registryId: z.string().nullable(),
        website: z.string().nullable(),
      }),
    }),
  )
  .query(async ({ ctx, input }) => {
    const { plan, ...i } = await getCompanyInvoice(ctx.db, ctx.member.companyId, input.invoiceId);
    return {
      ...i,
      planName: plan?.name ?? null,
      periodStart: i.periodStart.toISOString(),
      periodEnd: i.periodEnd.toISOString(),
      issuedAt: i.issuedAt.toISOString(),
      dueAt: i.dueAt.toISOString(),
      paidAt: i.paidAt?.toISOString() ?? null,
    };
  });
