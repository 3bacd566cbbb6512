import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from "@oslojs/encoding";
import { z } from "zod";

import { TOKEN_LIFETIME } from "../config";
import { keyedHash } from "../crypto";
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

function key(): Buffer {
  return Buffer.from(keyedHash("oauth-pending-sign-up", "aes-256-gcm key v1"));
}

/**
 * A provider identity that still needs a birth date before an account can exist (age gate),
 * encrypted and authenticated (AES-256-GCM) so the browser can carry it to the next form
 * without reading the email in it or forging another identity. Expires after 15 minutes.
 */
export function sealPendingSignUp(identity: OAuthIdentity, now: Date = new Date()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const payload = JSON.stringify({
    identity,
    expiresAt: now.getTime() + TOKEN_LIFETIME.pendingOAuthSignUpMs,
  });
  const encrypted = Buffer.concat([cipher.update(payload, "utf8"), cipher.final()]);
  return encodeBase64urlNoPadding(Buffer.concat([iv, encrypted, cipher.getAuthTag()]));
}

/** The identity sealed by sealPendingSignUp, or null if tampered with, foreign or expired. */
export function openPendingSignUp(sealed: string, now: Date = new Date()): OAuthIdentity | null {
  try {
    const bytes = decodeBase64urlIgnorePadding(sealed);
    if (bytes.length < 12 + 16 + 1) return null;
    const iv = bytes.subarray(0, 12);
    const tag = bytes.subarray(bytes.length - 16);
    const decipher = createDecipheriv("aes-256-gcm", key(), iv);
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([
      decipher.update(bytes.subarray(12, bytes.length - 16)),
      decipher.final(),
    ]);
    const parsed = sealedIdentity.parse(JSON.parse(plain.toString("utf8")));
    return parsed.expiresAt > now.getTime() ? parsed.identity : null;
  } catch {
    return null;
  }
}
