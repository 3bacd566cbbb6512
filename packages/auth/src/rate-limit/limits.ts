import type { Db } from "@tsunagu/db";

import {
  consumeRateLimit,
  rateLimitKey,
  refundRateLimit,
  type RateLimitDecision,
  type RateLimitRule,
} from "./rate-limit";

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

type LimitDb = Pick<Db, "$queryRaw" | "$executeRaw">;

/**
 * Every limit in one place. Per-IP limits are the hard limits; per-account limits never lock
 * an account (see reserveSignInAttempt).
 */
export const RATE_LIMITS = {
  /** Every sign-in attempt from one address, successful or not. Generous for shared offices. */
  signInPerIp: { limit: 50, windowMs: 15 * MINUTE },
  /** Failed sign-ins for one account from one address: the brute-force limit that bites. */
  signInFailuresPerAccountAndIp: { limit: 5, windowMs: 15 * MINUTE },
  /** Failed sign-ins for one account from anywhere; above it the cool-down below applies. */
  signInFailuresPerAccount: { limit: 10, windowMs: 15 * MINUTE },
  /** Once an account is under attack, one attempt per window reaches the password check. */
  signInAccountCooldown: { limit: 1, windowMs: 30 * SECOND },
  /**
   * Failed sign-ins with one device cookie (a browser that signed in to the account before).
   * Such attempts skip the per-account limits, so a stolen cookie buys this many guesses and
   * then counts like any other browser.
   */
  signInFailuresPerKnownDevice: { limit: 10, windowMs: 15 * MINUTE },
  signUpPerIp: { limit: 10, windowMs: HOUR },
  passwordResetRequestPerIp: { limit: 10, windowMs: HOUR },
  passwordResetRequestPerAccount: { limit: 3, windowMs: HOUR },
  verificationRequestPerIp: { limit: 20, windowMs: HOUR },
  verificationRequestPerAccount: { limit: 5, windowMs: HOUR },
  /** Redeeming verification and reset links: tokens are unguessable, this only sheds floods. */
  tokenRedemptionPerIp: { limit: 30, windowMs: 15 * MINUTE },
  /**
   * Wrong codes at the second step of sign-in, per account: six digits are guessable in a
   * million tries, so a few dozen a day is the whole budget.
   */
  secondFactorFailuresPerUser: { limit: 5, windowMs: 15 * MINUTE },
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

/** Gives back a hit of consumeNamedLimit (same name, value and `now`). */
export function refundNamedLimit(
  db: LimitDb,
  name: RateLimitName,
  value: string,
  now: Date,
): Promise<void> {
  return refundRateLimit(db, { key: rateLimitKey(name, value), ...RATE_LIMITS[name], now });
}

/** The first refusal among several decisions, or an allowance. */
export function firstRefusal(decisions: RateLimitDecision[]): RateLimitDecision {
  return decisions.find((d) => !d.allowed) ?? { allowed: true, retryAfterMs: 0, count: 0 };
}

export interface SignInAttempt {
  /** Normalised email as typed, registered or not, so unknown emails are throttled the same. */
  email: string;
  ip: string;
  /** Id of a valid device cookie this browser holds for this account (knownDeviceOf). */
  knownDevice?: string | null;
  now: Date;
}

/** A sign-in allowed to check the password; settle it with the outcome. */
export interface SignInReservation {
  allowed: true;
  /** Success gives the account's slots back; a failure keeps them counted. */
  settle(outcome: "success" | "failure"): Promise<void>;
}

/**
 * Reserves a sign-in attempt, designed so an attacker cannot lock a real user out:
 *  - per IP, all attempts: hard limit (an attacker's own address gets blocked);
 *  - from a browser that signed in to this account before (device cookie): failures are
 *    counted per device only, so no attack on the account from elsewhere slows its owner;
 *  - otherwise, per account and IP, failures: hard limit, so guessing from one address stops
 *    after 5 tries while the owner, on another address, is unaffected;
 *  - and per account, failures from anywhere: never a lock. Past 10 failures in 15 minutes the
 *    account accepts one attempt per 30-second window from unknown browsers, so a botnet gets
 *    about 2 guesses a minute; the owner's own browser is not in that queue.
 * Slots are taken before the password is checked (parallel requests cannot all pass a limit
 * that was only read) and given back on success, so signing in never uses anyone's allowance.
 */
export async function reserveSignInAttempt(
  db: LimitDb,
  attempt: SignInAttempt,
): Promise<SignInReservation | (RateLimitDecision & { allowed: false })> {
  const { now } = attempt;
  const perIp = await consumeNamedLimit(db, "signInPerIp", attempt.ip, now);
  if (!perIp.allowed) return { ...perIp, allowed: false };

  const taken: Array<[RateLimitName, string]> = [];
  const giveBack = () =>
    Promise.all(taken.map(([name, value]) => refundNamedLimit(db, name, value, now)));
  const take = async (name: RateLimitName, value: string) => {
    const decision = await consumeNamedLimit(db, name, value, now);
    taken.push([name, value]);
    return decision;
  };
  const refuse = async (decision: RateLimitDecision) => {
    await giveBack();
    return { ...decision, allowed: false as const };
  };
  const reservation: SignInReservation = {
    allowed: true,
    async settle(outcome) {
      if (outcome === "success") await giveBack();
    },
  };

  if (attempt.knownDevice) {
    const device = await take("signInFailuresPerKnownDevice", attempt.knownDevice);
    if (device.allowed) return reservation;
    // A device past its allowance counts like any other browser from here on.
    await giveBack();
    taken.length = 0;
  }

  const pair = await take("signInFailuresPerAccountAndIp", `${attempt.email}\u0000${attempt.ip}`);
  if (!pair.allowed) return refuse(pair);
  const account = await take("signInFailuresPerAccount", attempt.email);
  if (!account.allowed) {
    const cooldown = await take("signInAccountCooldown", attempt.email);
    if (!cooldown.allowed) return refuse(cooldown);
  }
  return reservation;
}
