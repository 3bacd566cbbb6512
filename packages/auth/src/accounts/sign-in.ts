import type { Db, SessionAudience } from "@tsunagu/db";

import { verifyDummyPassword, verifyPassword } from "../passwords/password-hash";
import { reserveSignInAttempt } from "../rate-limit/limits";
import { AUDIENCE_USER_KIND, createSession, type ValidSession } from "../sessions/sessions";
import { normaliseEmail } from "./email";
import { issueKnownDeviceToken, knownDeviceOf } from "./known-device";

export type SignInResult =
  | {
      ok: true;
      userId: string;
      token: string;
      session: ValidSession;
      /** A fresh device cookie value for this browser and account (see known-device.ts). */
      knownDeviceToken: string;
    }
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
  const attempt = {
    email,
    ip: input.ip,
    knownDevice: knownDeviceOf(input.knownDeviceToken, email),
    now,
  };

  const reservation = await reserveSignInAttempt(db, attempt);
  if (!reservation.allowed) {
    return { ok: false, reason: "rate-limited", retryAfterMs: reservation.retryAfterMs };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, kind: true, status: true },
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

  const { token, session } = await createSession(db, {
    userId: user.id,
    audience: input.audience,
    userAgent: input.userAgent,
    ip: input.ip,
    now,
  });
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return {
    ok: true,
    userId: user.id,
    token,
    session,
    knownDeviceToken: issueKnownDeviceToken(email),
  };
}
