import { data, type ActionFunctionArgs } from "@remix-run/node";
import { handleStripeWebhook } from "~/lib/stripe-webhook.server";

/** GET and other methods are refused: Stripe only POSTs. */
export const loader = () => data(null, { status: 405, headers: { Allow: "POST" } });

/** F11: Stripe's webhook. Signed, so it is exempt from the same-origin check of forms. */
export async function action({ request }: ActionFunctionArgs) {
  return handleStripeWebhook(request);
}
