import type { MetaDescriptor } from "@remix-run/node";
import { isRouteErrorResponse } from "@remix-run/react";
import type { DocumentMeta } from "@tsunagu/i18n";

/** The root `meta` of every app: the app's title, or "Page not found · Tsunagu" on a 404. */
export function documentMeta(meta: DocumentMeta | undefined, error: unknown): MetaDescriptor[] {
  if (!meta) return [{ title: "Tsunagu" }];
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return [
    { title: notFound ? `${meta.notFoundTitle} · Tsunagu` : meta.title },
    { name: "description", content: meta.description },
  ];
}

/**
 * A page's own `meta`: its loader returns `title` (translated on the server), shown as
 * "<title> · Tsunagu" so every page has a title of its own.
 */
export function pageMeta({ data }: { data: unknown }): MetaDescriptor[] {
  const title = (data as { title?: string } | undefined)?.title;
  return [{ title: title ? `${title} · Tsunagu` : "Tsunagu" }];
}
