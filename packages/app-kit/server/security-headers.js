// @ts-check
import { randomBytes } from "node:crypto";
import helmet from "helmet";

/**
 * Security headers for every response of an app, and the per-response nonce that lets the
 * page's own inline scripts (Remix's hydration data, React's streaming) run under the
 * Content-Security-Policy while anything injected cannot.
 *
 * @param {{ production: boolean, https: boolean }} options
 * @returns {import("express").RequestHandler[]}
 */
export function securityHeaders({ production, https }) {
  /** @type {import("express").RequestHandler} */
  const nonce = (_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  };
  const policy = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        // Same-origin bundles and the nonce'd inline scripts of this response; nothing else.
        "script-src": [
          "'self'",
          (_req, res) => `'nonce-${/** @type {any} */ (res).locals.cspNonce}'`,
        ],
        // Radix positions popovers with inline style attributes.
        "style-src": ["'self'", "'unsafe-inline'"],
        // The favicon is an inline SVG; photos are served by the app itself.
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'"],
        // Vite's hot reload talks over a WebSocket in development.
        "connect-src": production ? ["'self'"] : ["'self'", "ws:", "wss:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        ...(https ? { "upgrade-insecure-requests": [] } : {}),
      },
    },
    // HSTS only where the app really is served over https in production: on plain-http local
    // development it would pin 127.0.0.1 to https for a year.
    strictTransportSecurity:
      production && https ? { maxAge: 63_072_000, includeSubDomains: true } : false,
    xFrameOptions: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    crossOriginResourcePolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
    xContentTypeOptions: true,
    xDnsPrefetchControl: { allow: false },
    xPoweredBy: false,
  });
  /** @type {import("express").RequestHandler} */
  const permissions = (_req, res, next) => {
    res.setHeader(
      "Permissions-Policy",
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
    );
    next();
  };
  return [nonce, policy, permissions];
}
