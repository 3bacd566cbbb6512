import type { OAuthProvider } from "@tsunagu/db";
import { decodeIdToken } from "arctic";
import { z } from "zod";

/** Who the provider says signed in. */
export interface OAuthIdentity {
  provider: OAuthProvider;
  /** The provider's stable subject id for this person (never the email, which can change). */
  providerUserId: string;
  email: string | null;
  /** Only a provider-asserted verified email may be linked to an existing account. */
  emailVerified: boolean;
}

/** A provider the app can send people to and take them back from. */
export interface OAuthProviderClient {
  provider: OAuthProvider;
  createAuthorizationUrl(state: string, codeVerifier: string): URL;
  /** Exchanges the callback's code (with the PKCE verifier) and reads who signed in. */
  identify(code: string, codeVerifier: string): Promise<OAuthIdentity>;
}

const idTokenClaims = z.object({
  iss: z.string(),
  sub: z.string().min(1),
  aud: z.union([z.string(), z.array(z.string())]),
  exp: z.number(),
  email: z.string().optional(),
  // Some providers send the JSON string "true".
  email_verified: z.union([z.boolean(), z.enum(["true", "false"])]).optional(),
});

export type IdTokenClaims = z.infer<typeof idTokenClaims> & Record<string, unknown>;

/**
 * Claims of an ID token received straight from the provider's token endpoint. The signature is
 * not checked: OpenID Connect Core 3.1.3.7 lets the TLS-authenticated token response stand in
 * for it. Issuer, audience and expiry are still checked, so a token minted for another client
 * or issuer is refused.
 */
export function readIdToken(
  idToken: string,
  expected: { issuer: (iss: string) => boolean; clientId: string; now?: Date },
): IdTokenClaims {
  const claims = idTokenClaims.loose().parse(decodeIdToken(idToken));
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  const nowSeconds = (expected.now ?? new Date()).getTime() / 1000;
  if (!expected.issuer(claims.iss)) throw new Error("ID token from an unexpected issuer");
  if (!audiences.includes(expected.clientId)) throw new Error("ID token for another client");
  if (claims.exp <= nowSeconds) throw new Error("ID token expired");
  return claims as IdTokenClaims;
}

export function emailVerifiedClaim(claims: IdTokenClaims): boolean {
  return claims.email_verified === true || claims.email_verified === "true";
}
