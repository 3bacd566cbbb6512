import type { ActionFunctionArgs } from "@remix-run/node";
import { handleStripeWebhook } from "~/lib/stripe-webhook.server";

/** GET is refused: Stripe only POSTs. */
export const loader = () => new Response(null, { status: 405, headers: { Allow: "POST" } });

/** F11: Stripe's webhook. Signed, so it is exempt from the same-origin check of forms. */
export async function action({ request }: ActionFunctionArgs) {
  return handleStripeWebhook(request);
}
