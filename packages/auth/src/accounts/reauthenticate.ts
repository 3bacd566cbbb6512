import type { Db } from "@tsunagu/db";

import { verifyDummyPassword, verifyPassword } from "../passwords/password-hash";
import { consumeNamedLimit, refundNamedLimit } from "../rate-limit/limits";

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
  // Taken before checking and given back on success, so parallel guesses cannot all pass.
  const limit = await consumeNamedLimit(db, "reauthenticationFailuresPerUser", input.userId, now);
  if (!limit.allowed)
    return { ok: false, reason: "rate-limited", retryAfterMs: limit.retryAfterMs };

  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { email: true, passwordHash: true },
  });
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyDummyPassword(input.password);
  if (!user || !ok) return { ok: false, reason: "wrong-password" };
  await refundNamedLimit(db, "reauthenticationFailuresPerUser", input.userId, now);
  return { ok: true, email: user.email };
}
