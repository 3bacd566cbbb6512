// The only door from this app to @tsunagu/auth; see the bundle guard in @tsunagu/vite-config.
import { redirect } from "@remix-run/node";
import {
  blankSessionCookie,
  cookieOptionsFor,
  sessionCookie,
  sessionFromRequest,
  verifyRequestOrigin,
  type SessionUser,
  type ValidSession,
} from "@tsunagu/auth";
import { env } from "~/env.server";
import { db } from "./db.server";

export {
  changePassword,
  invalidateAllSessions,
  invalidateSession,
  invalidateUserSession,
  listSessions,
  signInWithPassword,
} from "@tsunagu/auth";

export const AUDIENCE = "ADMIN" as const;

export interface SignedIn {
  session: ValidSession;
  user: SessionUser;
}

/** The signed-in platform admin of this request, or null for visitors and other apps' sessions. */
export function getOptionalUser(request: Request): Promise<SignedIn | null> {
  return sessionFromRequest(db, request, AUDIENCE);
}

/** For loaders and actions behind sign-in: visitors go to sign-in and come back afterwards. */
export async function requireAdmin(request: Request): Promise<SignedIn> {
  const signedIn = await getOptionalUser(request);
  if (!signedIn) {
    const url = new URL(request.url);
    const redirectTo = `${url.pathname}${url.search}`;
    throw redirect(`/sign-in?${new URLSearchParams({ redirectTo })}`);
  }
  return signedIn;
}

/**
 * CSRF: the first line of every action. A state-changing request must come from a page of this
 * app (Origin, or Sec-Fetch-Site when Origin is stripped); SameSite cookies alone are not enough.
 */
export function assertSameOrigin(request: Request): void {
  if (!verifyRequestOrigin(request, env.APP_ORIGIN)) {
    throw new Response("Cross-origin request refused", { status: 403 });
  }
}

const cookieOptions = () => cookieOptionsFor(env.APP_ORIGIN);

export function signedInCookie(token: string, expiresAt: Date): string {
  return sessionCookie(AUDIENCE, token, { ...cookieOptions(), expiresAt });
}

export function signedOutCookie(): string {
  return blankSessionCookie(AUDIENCE, cookieOptions());
}

/**
 * The client address for rate limits. remix-serve does not expose the socket, so the address
 * comes from the header the deployment's proxy sets (CLIENT_IP_HEADER), taking its last entry,
 * the one that proxy appended. Without a proxy every request shares one bucket, as on localhost.
 */
export function clientIp(request: Request): string {
  const header = env.CLIENT_IP_HEADER ? request.headers.get(env.CLIENT_IP_HEADER) : null;
  return header?.split(",").at(-1)?.trim() || "local";
}

/** A same-app path to continue to after sign-in; anything else (other sites, "//x") is dropped. */
export function safeRedirectPath(
  value: FormDataEntryValue | string | null,
  fallback = "/",
): string {
  if (typeof value !== "string" || !value.startsWith("/") || /^\/[/\\]/.test(value))
    return fallback;
  return value;
}
