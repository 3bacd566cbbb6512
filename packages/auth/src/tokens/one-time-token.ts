import { hashSecret, randomToken } from "../crypto";

/**
 * A link token for email verification or password reset: 160 random bits sent to the user,
 * only its SHA-256 stored, so a database leak yields no working links.
 */
export function newOneTimeToken(lifetimeMs: number, now: Date) {
  const token = randomToken(20);
  return {
    token,
    tokenHash: hashSecret(token),
    expiresAt: new Date(now.getTime() + lifetimeMs),
  };
}

/** Tokens have a fixed shape; anything else is rejected before touching the database. */
export function isWellFormedToken(token: string): boolean {
  return /^[a-z2-7]{32}$/.test(token);
}
