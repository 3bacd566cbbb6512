import type { Db, SessionAudience } from "@tsunagu/db";

import { validateSessionToken, type SessionUser, type ValidSession } from "../sessions/sessions";
import { readSessionToken, type CookieOptions } from "./cookies";

/**
 * The signed-in session of a request to the app of `audience` served at `appOrigin`, or null. What Remix loaders
 * (requireSeeker…) and the tRPC context build on; CSRF is checked separately, per request,
 * with verifyRequestOrigin.
 */
export async function sessionFromRequest(
  db: Db,
  request: Request,
  app: { audience: SessionAudience; appOrigin: string },
  now?: Date,
): Promise<{ session: ValidSession; user: SessionUser } | null> {
  const cookieHeader = request.headers.get("Cookie");
  const token = readSessionToken(cookieHeader, app.audience, cookieOptionsFor(app.appOrigin));
  return token ? validateSessionToken(db, token, app.audience, now) : null;
}

/** Cookie options for an app served at `appOrigin`: Secure (and `__Host-`) unless plain http. */
export function cookieOptionsFor(appOrigin: string): CookieOptions {
  return { secure: new URL(appOrigin).protocol === "https:" };
}
