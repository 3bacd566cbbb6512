import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from "@oslojs/encoding";
import { generateCodeVerifier, generateState } from "arctic";

import { readCookie } from "../http/cookies";
import type { OAuthProviderClient } from "./identity";

/** Ten minutes to sign in at the provider and come back. */
const FLOW_LIFETIME_SECONDS = 600;

export interface OAuthFlow {
  /** Where to redirect the browser. */
  url: URL;
  /** Binds the callback to this browser (CSRF on the callback); kept in the flow cookie. */
  state: string;
  /** PKCE secret; kept in the flow cookie, never sent to the provider until the exchange. */
  codeVerifier: string;
}

export function startOAuth(client: OAuthProviderClient): OAuthFlow {
  const state = generateState();
  const codeVerifier = generateCodeVerifier();
  return { url: client.createAuthorizationUrl(state, codeVerifier), state, codeVerifier };
}

/** Why the browser went to the provider: to sign in, or to connect it to the signed-in account. */
export type OAuthIntent = "sign-in" | "connect";

function flowCookieName(secure: boolean): string {
  return secure ? "__Host-tsunagu_oauth" : "tsunagu_oauth";
}

/**
 * Set-Cookie holding state and verifier until the provider redirects back, with the page the
 * visitor was going to (the app checks it again when it comes back). SameSite=Lax so the
 * top-level GET back from the provider carries it.
 */
export function oauthFlowCookie(
  flow: OAuthFlow,
  options: { secure: boolean; redirectTo?: string; intent?: OAuthIntent },
): string {
  const returnTo = encodeBase64urlNoPadding(new TextEncoder().encode(options.redirectTo ?? ""));
  const intent = options.intent ?? "sign-in";
  const attributes = [
    `${flowCookieName(options.secure)}=${flow.state}.${flow.codeVerifier}.${returnTo}.${intent}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${FLOW_LIFETIME_SECONDS}`,
  ];
  if (options.secure) attributes.push("Secure");
  return attributes.join("; ");
}

export function blankOAuthFlowCookie(options: { secure: boolean }): string {
  const attributes = [
    `${flowCookieName(options.secure)}=`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    "Max-Age=0",
  ];
  if (options.secure) attributes.push("Secure");
  return attributes.join("; ");
}

/**
 * The code verifier for a provider callback, where the visitor was going (unchecked: pass it
 * through the app's safe-redirect rule) and why they went, or null when the callback's `state` does not match
 * the flow cookie of this browser (a forged or replayed callback).
 */
export function verifyOAuthCallback(
  cookieHeader: string | null | undefined,
  callbackState: string | null,
): { codeVerifier: string; redirectTo: string; intent: OAuthIntent } | null {
  const value =
    readCookie(cookieHeader, flowCookieName(true)) ??
    readCookie(cookieHeader, flowCookieName(false));
  if (!value || !callbackState) return null;
  const [state, codeVerifier, returnTo = "", intent] = value.split(".");
  if (!state || !codeVerifier) return null;
  const encoder = new TextEncoder();
  const matches = constantTimeEqual(encoder.encode(state), encoder.encode(callbackState));
  if (!matches) return null;
  return {
    codeVerifier,
    redirectTo: decodeReturnTo(returnTo),
    intent: intent === "connect" ? "connect" : "sign-in",
  };
}

function decodeReturnTo(encoded: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(decodeBase64urlIgnorePadding(encoded));
  } catch {
    return "";
  }
}
