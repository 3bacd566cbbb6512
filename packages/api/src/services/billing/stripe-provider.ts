import type Stripe from "stripe";
import { AppError } from "../../errors";
import type { PlanSummary } from "./plans";
import type { BillingProviderAdapter, PaymentRequest, PaymentStart } from "./provider";

function priceOf(plan: PlanSummary): string {
  if (!plan.stripePriceId) {
    throw new AppError("BAD_REQUEST", `The ${plan.name} plan cannot be bought online yet.`);
  }
  return plan.stripePriceId;
}

/** Metadata that lets the webhook find the company and plan without calling Stripe back. */
const metadataOf = (companyId: string, plan: PlanSummary) => ({ companyId, planId: plan.id });

/**
 * F11, the production provider: Stripe Checkout for a first purchase, an immediate price change
 * (prorated and invoiced at once) for an upgrade, `cancel_at_period_end` and a price change
 * without proration for changes at the period's end, and the Customer Portal for cards and
 * receipts. Local state follows Stripe's webhooks (stripe-webhook.ts), never these calls'
 * answers, so there is one path by which a subscription changes.
 */
export function stripeProvider(stripe: Stripe): BillingProviderAdapter {
  async function checkout(request: PaymentRequest): Promise<PaymentStart> {
    const { companyId, plan, subscription, returnUrl } = request;
    const session = await stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [{ price: priceOf(plan), quantity: 1 }],
      client_reference_id: companyId,
      metadata: metadataOf(companyId, plan),
      subscription_data: { metadata: metadataOf(companyId, plan) },
      ...(subscription?.externalCustomerId ? { customer: subscription.externalCustomerId } : {}),
      success_url: `${returnUrl}?checkout=success`,
      cancel_url: `${returnUrl}?checkout=canceled`,
    });
    if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
    return { kind: "checkout", url: session.url };
  }

  async function changePrice(
    externalSubscriptionId: string,
    plan: PlanSummary,
    proration: "always_invoice" | "none",
  ) {
    const current = await stripe.subscriptions.retrieve(externalSubscriptionId);
    const item = current.items.data[0];
    if (!item) throw new Error("The Stripe subscription has no item to change");
    await stripe.subscriptions.update(externalSubscriptionId, {
      items: [{ id: item.id, price: priceOf(plan) }],
      proration_behavior: proration,
      cancel_at_period_end: false,
      metadata: metadataOf(current.metadata.companyId ?? "", plan),
    });
  }

  return {
    kind: "STRIPE",

    async startPayment(_tx, request) {
      const external = request.subscription?.externalSubscriptionId;
      if (request.change === "upgrade" && request.subscription?.provider === "STRIPE" && external) {
        await changePrice(external, request.plan, "always_invoice");
        return { kind: "changed" };
      }
      return checkout(request);
    },

    async scheduleAtProvider(subscription, change) {
      const external = subscription.externalSubscriptionId;
      if (subscription.provider !== "STRIPE" || !external) return;
      if (change.kind === "cancel") {
        await stripe.subscriptions.update(external, { cancel_at_period_end: true });
      } else {
        // The next renewal is charged at the new price; the period already paid keeps its plan.
        await changePrice(external, change.plan, "none");
      }
    },

    async portalUrl(subscription, returnUrl) {
      if (!subscription?.externalCustomerId) return null;
      const portal = await stripe.billingPortal.sessions.create({
        customer: subscription.externalCustomerId,
        return_url: returnUrl,
      });
      return portal.url;
    },
  };
}
