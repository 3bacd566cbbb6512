import { RouteErrorPage } from "@tsunagu/ui/remix";

/** Any URL no other route claims: a 404 status, rendered by the root error page inside the layout. */
export function loader() {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

// Never reached (the loader always throws), but a route without a component would be a
// resource route and answer with a bare 404 outside the layout.
export default function NotFound() {
  return <RouteErrorPage status={404} />;
}
