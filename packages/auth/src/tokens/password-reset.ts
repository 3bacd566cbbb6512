import type { Db, Prisma } from "@tsunagu/db";

import { TOKEN_LIFETIME } from "../config";
import { hashSecret } from "../crypto";
import { hashPassword } from "../passwords/password-hash";
import { checkPasswordPolicy, type PasswordProblem } from "../passwords/password-policy";
import { invalidateAllSessions } from "../sessions/sessions";
import type { IssuedToken } from "./email-verification";
import { isWellFormedToken, newOneTimeToken } from "./one-time-token";

/** A reset link for the user; earlier unused links stop working. */
export async function issuePasswordReset(
  db: Prisma.TransactionClient,
  input: { userId: string; now?: Date },
): Promise<IssuedToken> {
  const now = input.now ?? new Date();
  const { token, tokenHash, expiresAt } = newOneTimeToken(TOKEN_LIFETIME.passwordResetMs, now);
  await db.passwordResetToken.updateMany({
    where: { userId: input.userId, usedAt: null },
    data: { usedAt: now },
  });
  await db.passwordResetToken.create({ data: { userId: input.userId, tokenHash, expiresAt } });
  return { token, expiresAt };
}

export type PasswordResetResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid-token" }
  /** The link is still valid: the form can be shown again. */
  | { ok: false; reason: "weak-password"; problems: PasswordProblem[] };

/**
 * Sets a new password through a reset link, once. Ends every session of the account (whoever
 * knew the old password is signed out) and marks the email verified: the link proved it.
 */
export async function consumePasswordReset(
  db: Db,
  input: { token: string; newPassword: string; now?: Date },
): Promise<PasswordResetResult> {
  if (!isWellFormedToken(input.token)) return { ok: false, reason: "invalid-token" };
  const now = input.now ?? new Date();
  const tokenHash = hashSecret(input.token);

  // Checked before claiming, so a rejected password does not burn the link.
  const pending = await db.passwordResetToken.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    select: { user: { select: { email: true } } },
  });
  if (!pending) return { ok: false, reason: "invalid-token" };
  const problems = checkPasswordPolicy(input.newPassword, { email: pending.user.email });
  if (problems.length > 0) return { ok: false, reason: "weak-password", problems };
  const passwordHash = await hashPassword(input.newPassword);

  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return { ok: false, reason: "invalid-token" } as const;
    const { userId } = await tx.passwordResetToken.findUniqueOrThrow({
      where: { tokenHash },
      select: { userId: true },
    });
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { emailVerifiedAt: true },
    });
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: now, emailVerifiedAt: user.emailVerifiedAt ?? now },
    });
    await invalidateAllSessions(tx, userId);
    return { ok: true, userId } as const;
  });
}
