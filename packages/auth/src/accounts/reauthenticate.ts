import type { Db } from "@tsunagu/db";

import { verifyDummyPassword, verifyPassword } from "../passwords/password-hash";
import { consumeNamedLimit, RATE_LIMITS } from "../rate-limit/limits";
import { peekRateLimit, rateLimitKey } from "../rate-limit/rate-limit";

export type ReauthenticationResult =
  | { ok: true; email: string }
  | { ok: false; reason: "wrong-password" }
  | { ok: false; reason: "rate-limited"; retryAfterMs: number };

/**
 * Confirms the signed-in person knows the current password before a sensitive change, so a
 * session left open on a shared computer cannot take the account over. Failures are limited
 * per user: a stolen session must not become a password-guessing oracle.
 */
export async function reauthenticate(
  db: Db,
  input: { userId: string; password: string; now?: Date },
): Promise<ReauthenticationResult> {
  const now = input.now ?? new Date();
  const rule = RATE_LIMITS.reauthenticationFailuresPerUser;
  const limit = await peekRateLimit(db, {
    key: rateLimitKey("reauthenticationFailuresPerUser", input.userId),
    ...rule,
    now,
  });
  if (!limit.allowed)
    return { ok: false, reason: "rate-limited", retryAfterMs: limit.retryAfterMs };

  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { email: true, passwordHash: true },
  });
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyDummyPassword(input.password);
  if (!user || !ok) {
    await consumeNamedLimit(db, "reauthenticationFailuresPerUser", input.userId, now);
    return { ok: false, reason: "wrong-password" };
  }
  return { ok: true, email: user.email };
}
