import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from "@oslojs/encoding";
import { z } from "zod";

import { TOKEN_LIFETIME } from "../config";
import { seal, unseal } from "../crypto";
import type { OAuthIdentity } from "./identity";

const sealedIdentity = z.object({
  identity: z.object({
    provider: z.enum(["GOOGLE", "FACEBOOK", "MICROSOFT"]),
    providerUserId: z.string(),
    email: z.string().nullable(),
    emailVerified: z.boolean(),
  }),
  expiresAt: z.number(),
});

/** Sealed per app: a seeker's pending sign-up cannot finish as a company account, or back. */
const PURPOSE = {
  SEEKER: "oauth-pending-sign-up",
  EMPLOYER: "oauth-pending-company-sign-up",
} as const;
type PendingAudience = keyof typeof PURPOSE;

/**
 * A provider identity that still needs something before an account can exist (a seeker's birth
 * date for the age gate, a company's name),
 * encrypted and authenticated (AES-256-GCM) so the browser can carry it to the next form
 * without reading the email in it or forging another identity. Expires after 15 minutes.
 */
export function sealPendingSignUp(
  identity: OAuthIdentity,
  now: Date = new Date(),
  audience: PendingAudience = "SEEKER",
): string {
  const payload = JSON.stringify({
    identity,
    expiresAt: now.getTime() + TOKEN_LIFETIME.pendingOAuthSignUpMs,
  });
  return encodeBase64urlNoPadding(seal(PURPOSE[audience], new TextEncoder().encode(payload)));
}

/** The identity sealed by sealPendingSignUp, or null if tampered with, foreign or expired. */
export function openPendingSignUp(
  sealed: string,
  now: Date = new Date(),
  audience: PendingAudience = "SEEKER",
): OAuthIdentity | null {
  try {
    const plain = unseal(PURPOSE[audience], decodeBase64urlIgnorePadding(sealed));
    if (!plain) return null;
    const parsed = sealedIdentity.parse(JSON.parse(new TextDecoder().decode(plain)));
    return parsed.expiresAt > now.getTime() ? parsed.identity : null;
  } catch {
    return null;
  }
}
