import { readCookie } from "@tsunagu/auth";
import {
  COOKIE_CHOICE_MAX_AGE_SECONDS,
  COOKIE_CHOICE_NAME,
  COOKIE_INVENTORY,
  entryOf,
  type OptionalCookieId,
} from "./inventory";

/** What the visitor chose in the banner or on /cookies; null until they choose. */
export type CookieChoice = "accepted" | "declined";

export const isCookieChoice = (value: unknown): value is CookieChoice =>
  value === "accepted" || value === "declined";

export function readCookieChoice(request: Request): CookieChoice | null {
  const value = readCookie(request.headers.get("Cookie"), COOKIE_CHOICE_NAME);
  return isCookieChoice(value) ? value : null;
}

function attributes(secure: boolean, maxAgeSeconds: number | null): string {
  const parts = ["Path=/", "HttpOnly", "SameSite=Lax"];
  if (maxAgeSeconds !== null) parts.push(`Max-Age=${maxAgeSeconds}`);
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

/** The necessary cookie recording the choice (a refusal too, so the banner stays away). */
export function cookieChoiceCookie(choice: CookieChoice, options: { secure: boolean }): string {
  return `${COOKIE_CHOICE_NAME}=${choice}; ${attributes(options.secure, COOKIE_CHOICE_MAX_AGE_SECONDS)}`;
}

/**
 * The one gate of every optional cookie: `setCookie` goes out only when the visitor accepted
 * optional cookies; otherwise `withoutConsent` (a cookie for this visit only, or null: none).
 * The id must be an optional row of the inventory, so an unlisted cookie does not compile.
 */
export function optionalCookie(
  request: Request,
  id: OptionalCookieId,
  setCookie: string,
  withoutConsent: string | null = null,
): string | null {
  const entry = entryOf(id);
  if (!setCookie.startsWith(`${entry.name}=`)) {
    throw new Error(`Set-Cookie for ${id} must set ${entry.name}`);
  }
  return readCookieChoice(request) === "accepted" ? setCookie : withoutConsent;
}

/**
 * Declining takes back what was set under an earlier "accept": every optional cookie this
 * browser sent is removed, except that a remembered language is kept for the visit only (the
 * same name as a session cookie), as it would have been without consent.
 */
export function optionalCookiesToClear(request: Request, options: { secure: boolean }): string[] {
  const header = request.headers.get("Cookie");
  const names = new Set(
    COOKIE_INVENTORY.filter((entry) => entry.category !== "necessary").map((entry) => entry.name),
  );
  const keptForVisit = new Set<string>(
    COOKIE_INVENTORY.filter(
      (entry) => entry.category === "necessary" && entry.lifetime.unit === "session",
    ).map((entry) => entry.name),
  );
  const cleared: string[] = [];
  for (const name of names) {
    const value = readCookie(header, name);
    if (value === null) continue;
    cleared.push(
      keptForVisit.has(name)
        ? `${name}=${value}; ${attributes(options.secure, null)}`
        : `${name}=; ${attributes(options.secure, 0)}`,
    );
  }
  return cleared;
}
