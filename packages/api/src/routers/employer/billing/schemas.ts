import { text } from "@tsunagu/schemas";
import { z } from "zod";
import { BillingProvider, InvoiceStatus, SubscriptionStatus } from "@tsunagu/db";
import type { PlanChangeResult } from "../../../services/billing/change-plan";
import type { PlanSummary } from "../../../services/billing/plans";
import { isoDateTime } from "../../shared/schemas";

/** A plan's price and limits; the Stripe price id stays on the server. */
export const planSchema = z.object({
  code: z.string(),
  name: z.string(),
  monthlyPrice: z.number().int(),
  currency: z.string(),
  seats: z.number().int(),
  resumeSearch: z.boolean(),
  searchesPerDay: z.number().int(),
  searchesPerMinute: z.number().int(),
  resultCapPerQuery: z.number().int(),
  invitationsPerMonth: z.number().int(),
});

export const planOut = ({ stripePriceId: _price, id: _id, ...plan }: PlanSummary) => plan;

/** Plan codes are short slugs ("free", "standard", "pro"); anything else is a 400, not a lookup. */
export const planCodeInput = z.object({
  planCode: text().regex(/^[a-z][a-z0-9-]{0,39}$/),
});

export const invoiceStatusSchema = z.enum(InvoiceStatus);
export const subscriptionStatusSchema = z.enum(SubscriptionStatus);
export const billingProviderSchema = z.enum(BillingProvider);

export const planChangeSchema = z.union([
  z.object({
    change: z.enum(["purchase", "upgrade"]),
    kind: z.literal("invoice"),
    invoiceId: z.string(),
    number: z.string(),
  }),
  z.object({ change: z.enum(["purchase", "upgrade"]), kind: z.literal("checkout"), url: z.url() }),
  z.object({ change: z.enum(["purchase", "upgrade"]), kind: z.literal("changed") }),
  z.object({ change: z.literal("downgrade"), effectiveAt: isoDateTime }),
  z.object({ change: z.literal("cancel"), effectiveAt: isoDateTime.nullable() }),
  z.object({ change: z.literal("resume") }),
]);

export function planChangeOut(result: PlanChangeResult): z.infer<typeof planChangeSchema> {
  switch (result.change) {
    case "downgrade":
      return { change: "downgrade", effectiveAt: result.effectiveAt.toISOString() };
    case "cancel":
      return { change: "cancel", effectiveAt: result.effectiveAt?.toISOString() ?? null };
    case "resume":
      return { change: "resume" };
    default:
      return result;
  }
}
