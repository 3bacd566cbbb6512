import type { SessionAudience } from "@tsunagu/db";

import { SESSION_POLICY } from "../config";

export interface CookieOptions {
  /**
   * True everywhere except plain-http local development. The `__Host-` prefix needs Secure, so
   * on http the cookie goes without the prefix (browsers drop a `__Host-` cookie sent over http).
   */
  secure: boolean;
}

const BASE_NAME: Readonly<Record<SessionAudience, string>> = {
  SEEKER: "tsunagu_seeker",
  EMPLOYER: "tsunagu_employer",
  ADMIN: "tsunagu_admin",
};

/**
 * Each app has its own cookie name, so the seeker and employer apps on one host (local ports
 * share cookies) never read each other's session; the audience check on the server is the real
 * barrier. `__Host-` pins the cookie to the exact host, over HTTPS, for the whole path.
 */
export function sessionCookieName(audience: SessionAudience, options: CookieOptions): string {
  return options.secure ? `__Host-${BASE_NAME[audience]}` : BASE_NAME[audience];
}

function serialize(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  const attributes = [
    `${name}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (secure) attributes.push("Secure");
  return attributes.join("; ");
}

/**
 * Set-Cookie value carrying a session token. Lives as long as the session's absolute lifetime
 * (or until `expiresAt` when given); the idle timeout is enforced on the server.
 */
export function sessionCookie(
  audience: SessionAudience,
  token: string,
  options: CookieOptions & { expiresAt?: Date; now?: Date },
): string {
  const lifetimeMs = options.expiresAt
    ? options.expiresAt.getTime() - (options.now ?? new Date()).getTime()
    : SESSION_POLICY[audience].absoluteLifetimeMs;
  const maxAge = Math.max(0, Math.floor(lifetimeMs / 1000));
  return serialize(sessionCookieName(audience, options), token, maxAge, options.secure);
}

/**
 * The device cookie of an app (see accounts/known-device.ts): which accounts signed in on this
 * browser before. HttpOnly, and it outlives sign-out on purpose: it is what lets the owner in
 * while someone else hammers the account.
 */
export function knownDeviceCookieName(audience: SessionAudience, options: CookieOptions): string {
  return `${sessionCookieName(audience, options)}_device`;
}

export function knownDeviceCookie(
  audience: SessionAudience,
  token: string,
  options: CookieOptions & { maxAgeMs: number },
): string {
  return serialize(
    knownDeviceCookieName(audience, options),
    token,
    Math.floor(options.maxAgeMs / 1000),
    options.secure,
  );
}

/**
 * A short-lived cookie of an app beside its session cookie (`<session name>_<suffix>`), e.g. the
 * challenge between the two steps of a sign-in. HttpOnly; `maxAgeSeconds` 0 removes it.
 */
export function appCookieName(
  audience: SessionAudience,
  suffix: string,
  options: CookieOptions,
): string {
  return `${sessionCookieName(audience, options)}_${suffix}`;
}

export function appCookie(
  audience: SessionAudience,
  suffix: string,
  value: string,
  options: CookieOptions & { maxAgeSeconds: number },
): string {
  return serialize(
    appCookieName(audience, suffix, options),
    value,
    options.maxAgeSeconds,
    options.secure,
  );
}

/** Set-Cookie value that removes the session cookie (sign-out). */
export function blankSessionCookie(audience: SessionAudience, options: CookieOptions): string {
  return serialize(sessionCookieName(audience, options), "", 0, options.secure);
}

/** Value of one cookie from a Cookie request header. */
export function readCookie(cookieHeader: string | null | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(";")) {
    const separator = pair.indexOf("=");
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim() || null;
  }
  return null;
}

/**
 * The session token from a request's Cookie header, or null. On https only the `__Host-` name
 * counts: a cookie without the prefix can be planted by a sibling subdomain or a plain-http
 * response (session fixation), and the prefix is what forbids both. Plain-http local
 * development has no prefix to insist on.
 */
export function readSessionToken(
  cookieHeader: string | null | undefined,
  audience: SessionAudience,
  options: CookieOptions,
): string | null {
  return readCookie(cookieHeader, sessionCookieName(audience, options));
}
