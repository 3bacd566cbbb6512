import type { LoaderFunctionArgs } from "@remix-run/node";
import { conceptSuggestions } from "~/lib/concepts.server";

/**
 * GET /api/concepts?q=&kind=skill|title&lng=en|vi|ja → [{ id, label, matched }] (at most 8).
 * The taxonomy is public and changes only with a release, so answers are cached for an hour.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const suggestions = conceptSuggestions(new URL(request.url).searchParams);
  if (suggestions === null) {
    return Response.json({ error: "invalid-query" }, { status: 400 });
  }
  return Response.json(suggestions, {
    headers: { "Cache-Control": "public, max-age=3600" },
  });
}
