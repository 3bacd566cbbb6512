import { RouteErrorPage } from "./route-error-page";

/** For the catch-all route's loader: a 404, rendered by the root error page inside the layout. */
export function notFound(): never {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

/**
 * The catch-all route's component. Never reached (its loader always throws), but a route without
 * a component would be a resource route and answer with a bare 404 outside the layout.
 */
export function NotFoundPage() {
  return <RouteErrorPage status={404} />;
}
