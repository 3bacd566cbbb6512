import type { BillingProvider, DbTransaction } from "@tsunagu/db";
import type { PlanSummary } from "./plans";
import type { SubscriptionRow } from "./subscription-state";

/** How the owner goes on to pay after choosing a plan. */
export type PaymentStart =
  /** Manual invoice: an OPEN invoice to pay by bank transfer. */
  | { kind: "invoice"; invoiceId: string; number: string }
  /** Stripe: the Checkout page to send the owner to. */
  | { kind: "checkout"; url: string }
  /** Stripe: the subscription already changed; the webhook brings the new state. */
  | { kind: "changed" };

export interface PaymentRequest {
  companyId: string;
  subscription: SubscriptionRow | null;
  plan: PlanSummary;
  change: "purchase" | "upgrade";
  /** The employer app's billing page, where Stripe sends the owner back. */
  returnUrl: string;
  now: Date;
}

/** A change at the end of the period, mirrored at the provider (Stripe) before it is recorded. */
export type ScheduledChange =
  | { kind: "cancel" }
  | { kind: "downgrade"; plan: PlanSummary }
  | { kind: "resume"; plan: PlanSummary };

/**
 * F11: what differs between paying by manual invoice and paying through Stripe. The plan-change
 * rules (services/billing/change-plan.ts) are the same for both.
 */
export interface BillingProviderAdapter {
  readonly kind: BillingProvider;
  /** A purchase or an upgrade: runs in the plan change's transaction, under the company lock. */
  startPayment(tx: DbTransaction, request: PaymentRequest): Promise<PaymentStart>;
  /** Tells the provider about a cancellation, downgrade or resumption at the period's end. */
  scheduleAtProvider(subscription: SubscriptionRow, change: ScheduledChange): Promise<void>;
  /** Where the owner manages cards and receipts; null when the provider has no such page. */
  portalUrl(
    subscription: Pick<SubscriptionRow, "externalCustomerId"> | null,
    returnUrl: string,
  ): Promise<string | null>;
}
