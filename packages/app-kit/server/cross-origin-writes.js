// @ts-check

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Routes whose requests carry their own proof (a webhook signature, an unsubscribe token) and
 * come from other servers by design. Only the document path: Remix's data requests for them
 * (`….data`) are never sent by those servers, and keep the same-origin rule.
 *
 * @param {string} path
 */
export function isSignedByItself(path) {
  return (path.startsWith("/webhooks/") && !path.endsWith(".data")) || path === "/unsubscribe";
}

/**
 * Refuses state-changing requests that do not come from a page of this app, before Remix sees
 * them: Remix's own check throws a plain error on a foreign Origin, which answered 500. The
 * rule is the one the actions apply again (verifyRequestOrigin in @tsunagu/auth): the Origin
 * header must be the app's own, or, where a browser extension stripped it, Sec-Fetch-Site must
 * say same-origin; a request with neither is not from one of our pages. Webhooks (`/webhooks/…`)
 * come from other servers by design and prove themselves with a signature instead, and so does
 * the RFC 8058 one-click unsubscribe (`/unsubscribe`): a mail provider posts it from its own
 * servers, and the link's token is the only credential it needs (it can only turn mail off).
 *
 * @param {string} appOrigin
 * @returns {import("express").RequestHandler}
 */
export function refuseCrossOriginWrites(appOrigin) {
  const expected = new URL(appOrigin).origin;
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    // A mail provider's one-click POST comes from its servers with no Origin; one that names
    // another site is a browser page elsewhere, refused here (Remix's own check would 500).
    if (isSignedByItself(req.path) && (req.path !== "/unsubscribe" || !req.headers.origin)) {
      return next();
    }
    const origin = req.headers.origin;
    const fromApp =
      origin !== undefined ? origin === expected : req.headers["sec-fetch-site"] === "same-origin";
    if (fromApp) return next();
    res
      .status(403)
      .type("text/plain")
      .set("Cache-Control", "no-store")
      .send("Cross-origin request refused");
  };
}
