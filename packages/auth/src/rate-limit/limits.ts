import type { Db } from "@tsunagu/db";

import {
  consumeRateLimit,
  peekRateLimit,
  rateLimitKey,
  type RateLimitDecision,
  type RateLimitRule,
} from "./rate-limit";

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

type LimitDb = Pick<Db, "$queryRaw" | "rateLimitBucket">;

/**
 * Every limit in one place. Per-IP limits are the hard limits; per-account limits never lock
 * an account (see checkSignInThrottle).
 */
export const RATE_LIMITS = {
  /** Every sign-in attempt from one address, successful or not. Generous for shared offices. */
  signInPerIp: { limit: 50, windowMs: 15 * MINUTE },
  /** Failed sign-ins for one account from one address: the brute-force limit that bites. */
  signInFailuresPerAccountAndIp: { limit: 5, windowMs: 15 * MINUTE },
  /** Failed sign-ins for one account from anywhere; above it the cool-down below applies. */
  signInFailuresPerAccount: { limit: 10, windowMs: 15 * MINUTE },
  /** Once an account is under attack, at most one failed attempt per window is tolerated. */
  signInAccountCooldown: { limit: 1, windowMs: 30 * SECOND },
  signUpPerIp: { limit: 10, windowMs: HOUR },
  passwordResetRequestPerIp: { limit: 10, windowMs: HOUR },
  passwordResetRequestPerAccount: { limit: 3, windowMs: HOUR },
  verificationRequestPerIp: { limit: 20, windowMs: HOUR },
  verificationRequestPerAccount: { limit: 5, windowMs: HOUR },
  /** Redeeming verification and reset links: tokens are unguessable, this only sheds floods. */
  tokenRedemptionPerIp: { limit: 30, windowMs: 15 * MINUTE },
  /** Wrong current password when changing email or password from a signed-in session. */
  reauthenticationFailuresPerUser: { limit: 5, windowMs: 15 * MINUTE },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** Counts one hit against a named limit for a value (an IP, an email, a user id). */
export function consumeNamedLimit(
  db: LimitDb,
  name: RateLimitName,
  value: string,
  now?: Date,
): Promise<RateLimitDecision> {
  return consumeRateLimit(db, { key: rateLimitKey(name, value), ...RATE_LIMITS[name], now });
}

function peekNamedLimit(
  db: LimitDb,
  name: RateLimitName,
  value: string,
  now?: Date,
): Promise<RateLimitDecision> {
  return peekRateLimit(db, { key: rateLimitKey(name, value), ...RATE_LIMITS[name], now });
}

/** The first refusal among several decisions, or an allowance. */
export function firstRefusal(decisions: RateLimitDecision[]): RateLimitDecision {
  return decisions.find((d) => !d.allowed) ?? { allowed: true, retryAfterMs: 0, count: 0 };
}

export interface SignInAttempt {
  /** Normalised email as typed, registered or not, so unknown emails are throttled the same. */
  email: string;
  ip: string;
  now?: Date;
}

/**
 * Whether a sign-in may be attempted. Designed so an attacker cannot lock a real user out:
 *  - per IP, all attempts: hard limit (an attacker's own address gets blocked);
 *  - per account and IP, failures: hard limit, so guessing from one address stops after 5
 *    tries while the owner, on another address, is unaffected;
 *  - per account, failures from anywhere: never a lock. Past 10 failures in 15 minutes an
 *    account accepts at most one failed attempt per 30-second window, so a botnet gets ~2
 *    guesses a minute while the owner waits at most 30 seconds. Only failures are counted, so
 *    signing in successfully never uses up anyone's allowance.
 */
export async function checkSignInThrottle(
  db: LimitDb,
  attempt: SignInAttempt,
): Promise<RateLimitDecision> {
  const perIp = await consumeNamedLimit(db, "signInPerIp", attempt.ip, attempt.now);
  if (!perIp.allowed) return perIp;
  const pair = await peekNamedLimit(
    db,
    "signInFailuresPerAccountAndIp",
    accountAndIp(attempt),
    attempt.now,
  );
  if (!pair.allowed) return pair;
  const account = await peekNamedLimit(db, "signInFailuresPerAccount", attempt.email, attempt.now);
  if (account.allowed) return account;
  return peekNamedLimit(db, "signInAccountCooldown", attempt.email, attempt.now);
}

/** Counts a failed sign-in (wrong password or unknown email) against the account limits. */
export async function recordSignInFailure(db: LimitDb, attempt: SignInAttempt): Promise<void> {
  await consumeNamedLimit(db, "signInFailuresPerAccountAndIp", accountAndIp(attempt), attempt.now);
  await consumeNamedLimit(db, "signInFailuresPerAccount", attempt.email, attempt.now);
  await consumeNamedLimit(db, "signInAccountCooldown", attempt.email, attempt.now);
}

function accountAndIp(attempt: SignInAttempt): string {
  return `${attempt.email}\u0000${attempt.ip}`;
}
