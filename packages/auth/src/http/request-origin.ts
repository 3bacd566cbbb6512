/** Methods that must not change state (tRPC queries are GETs); everything else needs a check. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for Remix actions and tRPC mutations: a state-changing request is accepted only
 * when the browser says it comes from the app itself. SameSite=Lax alone is not enough (it lets
 * sibling subdomains and top-level POST navigations from some older browsers through), so we
 * check `Origin`, which every current browser sends on non-GET requests, and fall back to
 * `Sec-Fetch-Site` when a privacy extension strips Origin. A request with neither is refused:
 * a real browser always sends one of them, and non-browser clients have no cookie to abuse.
 *
 * @param allowedOrigin the app's own origin, e.g. "https://jobs.tsunagu.example".
 */
export function verifyRequestOrigin(request: Request, allowedOrigin: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const expected = normaliseOrigin(allowedOrigin);
  if (!expected) return false;
  const origin = request.headers.get("Origin");
  // Browsers send the canonical serialisation, so anything else (paths, odd case) is refused.
  if (origin !== null) return origin === expected;
  return request.headers.get("Sec-Fetch-Site") === "same-origin";
}

/** The configured app URL as a canonical origin (lower-case host, no default port), or null. */
function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * For requests that are metered or otherwise spend something of the user's (a search counted
 * against the daily quota), whatever their method: a cross-site page can make the browser send
 * a GET with the session cookie (SameSite=Lax allows it on top-level navigations), so GETs are
 * checked too. Refused when the browser says the request comes from another site (Sec-Fetch-
 * Site), or when it carries an Origin other than the app's. Requests with neither header are
 * not from a browser page and carry no one else's cookie.
 */
export function isCrossSiteRequest(request: Request, allowedOrigin: string): boolean {
  const site = request.headers.get("Sec-Fetch-Site");
  if (site !== null && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.get("Origin");
  return origin !== null && origin !== normaliseOrigin(allowedOrigin);
}
