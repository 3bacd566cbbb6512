import type { Db } from "@tsunagu/db";

import { consumeNamedLimit, firstRefusal } from "../rate-limit/limits";
import { issueEmailVerification, type IssuedToken } from "../tokens/email-verification";
import { issuePasswordReset } from "../tokens/password-reset";
import { normaliseEmail } from "./email";

export type PasswordResetRequestResult =
  /**
   * Show "if an account exists, we sent a link" whatever happened. `reset` is present only when
   * the account exists; queue the email off the request path so timing does not tell either.
   */
  | { ok: true; reset: { userId: string; email: string; link: IssuedToken } | null }
  | { ok: false; reason: "rate-limited"; retryAfterMs: number };

/** "Forgot password": a reset link for the account with this email, if there is one. */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; ip: string; now?: Date },
): Promise<PasswordResetRequestResult> {
  const now = input.now ?? new Date();
  const email = normaliseEmail(input.email);
  // Counted for unknown emails too, so the limit itself reveals nothing.
  const limit = firstRefusal([
    await consumeNamedLimit(db, "passwordResetRequestPerIp", input.ip, now),
    await consumeNamedLimit(db, "passwordResetRequestPerAccount", email, now),
  ]);
  if (!limit.allowed)
    return { ok: false, reason: "rate-limited", retryAfterMs: limit.retryAfterMs };

  const user = await db.user.findUnique({ where: { email }, select: { id: true, status: true } });
  if (!user || user.status !== "ACTIVE") return { ok: true, reset: null };
  const link = await issuePasswordReset(db, { userId: user.id, now });
  return { ok: true, reset: { userId: user.id, email, link } };
}

export type VerificationResendResult =
  | { ok: true; email: string; link: IssuedToken }
  | { ok: false; reason: "already-verified" }
  | { ok: false; reason: "rate-limited"; retryAfterMs: number };

/** "Send the link again" for a signed-in, not yet verified account. */
export async function resendEmailVerification(
  db: Db,
  input: { userId: string; ip: string; now?: Date },
): Promise<VerificationResendResult> {
  const now = input.now ?? new Date();
  const limit = firstRefusal([
    await consumeNamedLimit(db, "verificationRequestPerIp", input.ip, now),
    await consumeNamedLimit(db, "verificationRequestPerAccount", input.userId, now),
  ]);
  if (!limit.allowed)
    return { ok: false, reason: "rate-limited", retryAfterMs: limit.retryAfterMs };

  const user = await db.user.findUniqueOrThrow({
    where: { id: input.userId },
    select: { email: true, emailVerifiedAt: true },
  });
  if (user.emailVerifiedAt) return { ok: false, reason: "already-verified" };
  const link = await issueEmailVerification(db, { userId: input.userId, email: user.email, now });
  return { ok: true, email: user.email, link };
}

/**
 * Limit on opening verification or reset links from one address; call before
 * consumeEmailVerification / consumePasswordReset.
 */
export function limitTokenRedemption(db: Db, input: { ip: string; now?: Date }) {
  return consumeNamedLimit(db, "tokenRedemptionPerIp", input.ip, input.now);
}
