import Stripe from "stripe";
import { z } from "zod";
import { manualInvoiceProvider } from "./manual-invoice-provider";
import type { BillingProviderAdapter } from "./provider";
import { stripeProvider } from "./stripe-provider";

const billingEnv = z
  .object({
    STRIPE_SECRET_KEY: z.string().startsWith("sk_").optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
  })
  .refine((env) => Boolean(env.STRIPE_SECRET_KEY) === Boolean(env.STRIPE_WEBHOOK_SECRET), {
    message: "Set both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET, or neither.",
  });

export interface BillingConfig {
  provider: BillingProviderAdapter;
  /** Stripe's webhook signing secret; null with the manual-invoice provider. */
  webhookSecret: string | null;
}

const blankAsUnset = (value: string | undefined) => (value ? value : undefined);

/**
 * F11: Stripe when both STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are set, otherwise manual
 * invoices. A malformed or half-set pair stops the process with the variables' names.
 */
export function billingConfigFromEnv(env: NodeJS.ProcessEnv = process.env): BillingConfig {
  const parsed = billingEnv.safeParse({
    STRIPE_SECRET_KEY: blankAsUnset(env.STRIPE_SECRET_KEY),
    STRIPE_WEBHOOK_SECRET: blankAsUnset(env.STRIPE_WEBHOOK_SECRET),
  });
  if (!parsed.success) {
    throw new Error(
      `Invalid billing settings: ${parsed.error.issues.map((i) => `${i.path.join(".") || "STRIPE_*"}: ${i.message}`).join("; ")}`,
    );
  }
  const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } = parsed.data;
  if (STRIPE_SECRET_KEY && STRIPE_WEBHOOK_SECRET) {
    return {
      provider: stripeProvider(new Stripe(STRIPE_SECRET_KEY)),
      webhookSecret: STRIPE_WEBHOOK_SECRET,
    };
  }
  return { provider: manualInvoiceProvider, webhookSecret: null };
}

let shared: BillingConfig | undefined;

/** The process's billing settings, read from the environment on first use. */
export function billingConfig(): BillingConfig {
  shared ??= billingConfigFromEnv();
  return shared;
}
