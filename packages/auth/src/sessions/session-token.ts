import { constantTimeEqual } from "@oslojs/crypto/subtle";

import { hashSecret, randomToken } from "../crypto";

/**
 * Session token `<id>.<secret>` (Lucia's current design). The id is the row's primary key and
 * may leak through logs or timing without harm; the secret (160 random bits, ASVS V7.2.3) is
 * stored only as SHA-256, so neither a database dump nor a leaked id yields a usable token.
 */
export interface SessionTokenParts {
  id: string;
  secret: string;
}

export function generateSessionToken(): SessionTokenParts & { token: string } {
  const id = randomToken(15);
  const secret = randomToken(20);
  return { id, secret, token: `${id}.${secret}` };
}

const TOKEN_PART = /^[a-z2-7]{16,64}$/;

/** Splits a token from a cookie or header; anything not shaped like our tokens is rejected. */
export function parseSessionToken(token: string): SessionTokenParts | null {
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [id, secret] = parts as [string, string];
  if (!TOKEN_PART.test(id) || !TOKEN_PART.test(secret)) return null;
  return { id, secret };
}

export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  return constantTimeEqual(hashSecret(secret), storedHash);
}
