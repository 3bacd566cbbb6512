/**
 * A same-app location to continue to after sign-in, or `fallback`. The value is resolved the
 * way a browser would resolve it — `new URL` strips tabs and newlines and reads `\` as `/`, so
 * `/\tevil.example`, `/\evil.example` and `//evil.example` all come out on another host — and
 * only a result on the app's own origin, whose path does not itself start with `//`, is kept.
 * What is returned is the parsed URL's own serialisation, so no raw control character can
 * reach a Location header (a newline there made the response a 500).
 */
export function safeRedirectPath(
  value: FormDataEntryValue | string | null | undefined,
  appOrigin: string,
  fallback = "/",
): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let target: URL;
  try {
    target = new URL(value, appOrigin);
  } catch {
    return fallback;
  }
  if (target.origin !== new URL(appOrigin).origin) return fallback;
  // Dot segments can still fold a same-origin URL into "//evil.example" ("/.//evil.example"),
  // which a browser would read as another host once it is a Location header.
  if (target.pathname.startsWith("//")) return fallback;
  return `${target.pathname}${target.search}${target.hash}`;
}
