import { billingConfig, receiveStripeWebhook } from "@tsunagu/api";
import { kit } from "./kit.server";

// Read when the server starts, so a malformed or half-set Stripe pair stops it with its name.
const { webhookSecret } = billingConfig();

/**
 * F11: verifies Stripe's signature on the raw body and applies the event (once, in order;
 * see services/billing/stripe-webhook.ts). 404 while the platform bills by manual invoice.
 */
export async function handleStripeWebhook(request: Request): Promise<Response> {
  if (request.method !== "POST") {
    return new Response(null, { status: 405, headers: { Allow: "POST" } });
  }
  if (!webhookSecret) return new Response(null, { status: 404 });
  const payload = await request.text();
  try {
    const result = await receiveStripeWebhook(kit.db, {
      payload,
      signature: request.headers.get("stripe-signature"),
      secret: webhookSecret,
    });
    return Response.json(
      { received: result.status === 200, outcome: result.outcome },
      {
        status: result.status,
      },
    );
  } catch {
    // Stripe retries a 500; the event type alone says nothing about anyone.
    console.error("Stripe webhook could not be applied");
    return new Response(null, { status: 500 });
  }
}
