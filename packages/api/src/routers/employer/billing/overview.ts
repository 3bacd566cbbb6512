import { z } from "zod";
import { getBillingOverview } from "../../../services/billing/billing-overview";
import { billingConfig } from "../../../services/billing/provider-from-env";
import { employerProcedure } from "../../../trpc";
import { isoDateTime, noInput } from "../../shared/schemas";
import {
  billingProviderSchema,
  invoiceStatusSchema,
  planOut,
  planSchema,
  subscriptionStatusSchema,
} from "./schemas";

const allowance = z.object({
  used: z.number().int(),
  limit: z.number().int(),
  left: z.number().int(),
});

/**
 * F11: the company's plan, status, period, scheduled change, usage and invoices, and the plans
 * to choose from. Recruiters read it too (it tells them why search is closed and what the
 * limits are); only owners change it.
 */
export const overview = employerProcedure
  .input(noInput)
  .output(
    z.object({
      provider: billingProviderSchema,
      state: z.enum(["FREE", "PENDING", "ACTIVE", "LAPSED", "PAST_DUE", "CANCELED"]),
      status: subscriptionStatusSchema.nullable(),
      plan: planSchema,
      periodStart: isoDateTime.nullable(),
      periodEnd: isoDateTime.nullable(),
      canceledAt: isoDateTime.nullable(),
      cancelAtPeriodEnd: z.boolean(),
      scheduledPlan: planSchema.nullable(),
      pendingUpgrade: z
        .object({ plan: planSchema, invoiceId: z.string(), number: z.string() })
        .nullable(),
      members: z.number().int(),
      usage: z.object({
        searchesToday: allowance,
        invitationsThisMonth: allowance,
      }),
      invoices: z.array(
        z.object({
          id: z.string(),
          number: z.string(),
          planName: z.string().nullable(),
          amount: z.number().int(),
          currency: z.string(),
          status: invoiceStatusSchema,
          periodStart: isoDateTime,
          periodEnd: isoDateTime,
          issuedAt: isoDateTime,
          dueAt: isoDateTime,
          paidAt: isoDateTime.nullable(),
        }),
      ),
      plans: z.array(planSchema),
      portalAvailable: z.boolean(),
    }),
  )
  .query(async ({ ctx }) => {
    const o = await getBillingOverview(
      ctx.db,
      { companyId: ctx.member.companyId, memberId: ctx.member.id },
      billingConfig().provider.kind,
    );
    const iso = (date: Date | null) => date?.toISOString() ?? null;
    return {
      provider: o.provider,
      state: o.state,
      status: o.status,
      plan: planOut(o.plan),
      periodStart: iso(o.periodStart),
      periodEnd: iso(o.periodEnd),
      canceledAt: iso(o.canceledAt),
      cancelAtPeriodEnd: o.cancelAtPeriodEnd,
      scheduledPlan: o.scheduledPlan && planOut(o.scheduledPlan),
      pendingUpgrade: o.pendingUpgrade && {
        ...o.pendingUpgrade,
        plan: planOut(o.pendingUpgrade.plan),
      },
      members: o.members,
      usage: {
        searchesToday: o.usage.searchesToday,
        invitationsThisMonth: o.usage.invitationsThisMonth,
      },
      invoices: o.invoices.map((i) => ({
        ...i,
        periodStart: i.periodStart.toISOString(),
        periodEnd: i.periodEnd.toISOString(),
        issuedAt: i.issuedAt.toISOString(),
        dueAt: i.dueAt.toISOString(),
        paidAt: iso(i.paidAt),
      })),
      plans: o.plans.map(planOut),
      portalAvailable: o.portalAvailable,
    };
  });
