import type { LoaderFunctionArgs } from "@remix-run/node";
import { RouteErrorPage } from "@tsunagu/ui/remix";
import { requireAdmin } from "~/lib/auth.server";

/**
 * Any URL no other route claims: a 404 status, rendered by the root error page inside the layout.
 * Visitors are sent to sign-in first, so the console does not even say which paths exist.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

// Never reached (the loader always throws), but a route without a component would be a
// resource route and answer with a bare 404 outside the layout.
export default function NotFound() {
  return <RouteErrorPage status={404} />;
}
