import type { Db, SessionAudience } from "@tsunagu/db";
import { z } from "zod";

import { verifyDummyPassword, verifyPassword } from "../passwords/password-hash";
import { reserveSignInAttempt } from "../rate-limit/limits";
import { AUDIENCE_USER_KIND, createSession, type ValidSession } from "../sessions/sessions";
import { normaliseEmail } from "./email";
import { openToken, sealToken } from "../sealed-token";
import { verifySecondFactor } from "../two-factor/two-factor";
import { issueKnownDeviceToken, knownDeviceOf } from "./known-device";

export type SignInResult =
  | {
      ok: true;
      userId: string;
      token: string;
      session: ValidSession;
      /** A fresh device cookie value for this browser and account (see known-device.ts). */
      knownDeviceToken: string;
      /**
       * A browser that never signed in to this account before, for an account that has signed
       * in before: the owner hears about it (the app mails "new sign-in").
       */
      newDevice: boolean;
    }
  /**
   * The password was right and the account uses two-step sign-in: no session yet. `challenge`
   * goes back with the code (completeSignIn); it names the account only to us.
   */
  | { ok: false; reason: "second-factor-required"; challenge: string }
  /**
   * Unknown email, wrong password, an account without a password, or an account of another
   * app: one answer, so the form cannot be used to learn who is registered.
   */
  | { ok: false; reason: "invalid-credentials" }
  | { ok: false; reason: "rate-limited"; retryAfterMs: number }
  /** Correct password, but the account is suspended or being deleted. */
  | { ok: false; reason: "account-unavailable" };

export interface SignInInput {
  email: string;
  password: string;
  audience: SessionAudience;
  ip: string;
  userAgent?: string | null;
  /** The device cookie this browser sent, if any. */
  knownDeviceToken?: string | null;
  now?: Date;
}

/** Email + password sign-in to one app; starts a new session on success. */
export async function signInWithPassword(db: Db, input: SignInInput): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = normaliseEmail(input.email);
  const knownDevice = knownDeviceOf(input.knownDeviceToken, email);
  const attempt = { email, ip: input.ip, knownDevice, now };

  const reservation = await reserveSignInAttempt(db, attempt);
  if (!reservation.allowed) {
    return { ok: false, reason: "rate-limited", retryAfterMs: reservation.retryAfterMs };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      passwordHash: true,
      kind: true,
      status: true,
      lastSignInAt: true,
      twoFactor: { select: { enabledAt: true } },
    },
  });
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyDummyPassword(input.password);
  if (!user || !passwordOk) {
    await reservation.settle("failure");
    return { ok: false, reason: "invalid-credentials" };
  }
  await reservation.settle("success");
  if (user.kind !== AUDIENCE_USER_KIND[input.audience])
    return { ok: false, reason: "invalid-credentials" };
  if (user.status !== "ACTIVE") return { ok: false, reason: "account-unavailable" };

  return signInAfterFirstFactor(db, {
    user: { ...user, email },
    audience: input.audience,
    ip: input.ip,
    userAgent: input.userAgent,
    knownDevice: knownDevice !== null,
    now,
  });
}

/**
 * What follows a first factor that proved who this is (a password, or a provider's sign-in):
 * the second step when the account has two-step sign-in, else the session. Every way in goes
 * through here, so none of them skips the code or the new-device notice.
 */
export async function signInAfterFirstFactor(
  db: Db,
  input: {
    user: {
      id: string;
      email: string;
      lastSignInAt: Date | null;
      twoFactor: { enabledAt: Date | null } | null;
    };
    audience: SessionAudience;
    ip?: string | null;
    userAgent?: string | null;
    /** The browser sent a valid device cookie for this account. */
    knownDevice: boolean;
    now: Date;
  },
): Promise<Extract<SignInResult, { ok: true } | { reason: "second-factor-required" }>> {
  const { user, now } = input;
  const newDevice = !input.knownDevice && user.lastSignInAt !== null;
  if (user.twoFactor?.enabledAt) {
    const challenge = sealToken(
      CHALLENGE_PURPOSE,
      { userId: user.id, email: user.email, audience: input.audience, newDevice },
      new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
    );
    return { ok: false, reason: "second-factor-required", challenge };
  }
  return startSignedInSession(db, {
    userId: user.id,
    email: user.email,
    audience: input.audience,
    ip: input.ip,
    userAgent: input.userAgent,
    newDevice,
    now,
  });
}

const CHALLENGE_PURPOSE = "sign-in-second-factor";
/** Time to open the authenticator app and type the code. */
const CHALLENGE_LIFETIME_MS = 10 * 60_000;
const challengeSchema = z.object({
  userId: z.string(),
  email: z.string(),
  audience: z.enum(["SEEKER", "EMPLOYER", "ADMIN"]),
  newDevice: z.boolean(),
});

async function startSignedInSession(
  db: Db,
  input: {
    userId: string;
    email: string;
    audience: SessionAudience;
    ip?: string | null;
    userAgent?: string | null;
    newDevice: boolean;
    now: Date;
  },
): Promise<Extract<SignInResult, { ok: true }>> {
  const { token, session } = await createSession(db, {
    userId: input.userId,
    audience: input.audience,
    userAgent: input.userAgent,
    ip: input.ip,
    now: input.now,
  });
  await db.user.update({ where: { id: input.userId }, data: { lastSignInAt: input.now } });
  return {
    ok: true,
    userId: input.userId,
    token,
    session,
    knownDeviceToken: issueKnownDeviceToken(input.email),
    newDevice: input.newDevice,
  };
}

export type CompleteSignInResult =
  | Extract<SignInResult, { ok: true }>
  | { ok: false; reason: "challenge-expired" | "wrong-code" }
  | { ok: false; reason: "rate-limited"; retryAfterMs: number };

/**
 * The second step of a sign-in with two-step sign-in on: the challenge of the first step and a
 * code from the authenticator app (or a recovery code). Starts the session on success.
 */
export async function completeSignIn(
  db: Db,
  input: {
    challenge: string | null;
    code: string;
    audience: SessionAudience;
    ip: string;
    userAgent?: string | null;
    now?: Date;
  },
): Promise<CompleteSignInResult> {
  const now = input.now ?? new Date();
  const challenge = openToken(CHALLENGE_PURPOSE, input.challenge, challengeSchema, now);
  if (!challenge || challenge.audience !== input.audience)
    return { ok: false, reason: "challenge-expired" };
  const check = await verifySecondFactor(db, challenge.userId, input.code, now);
  if (!check.ok) {
    if (check.reason === "rate-limited") return check;
    return check.reason === "not-enabled"
      ? { ok: false, reason: "challenge-expired" }
      : { ok: false, reason: "wrong-code" };
  }
  const user = await db.user.findUnique({
    where: { id: challenge.userId },
    select: { status: true },
  });
  if (user?.status !== "ACTIVE") return { ok: false, reason: "challenge-expired" };
  return startSignedInSession(db, {
    ...challenge,
    ip: input.ip,
    userAgent: input.userAgent,
    now,
  });
}
