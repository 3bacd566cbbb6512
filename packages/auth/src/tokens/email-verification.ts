import { Prisma, type Db } from "@tsunagu/db";

import { TOKEN_LIFETIME } from "../config";
import { hashSecret } from "../crypto";
import { isWellFormedToken, newOneTimeToken } from "./one-time-token";

type DbClient = Prisma.TransactionClient;

export interface IssuedToken {
  /** Goes into the emailed link only; never stored, never logged. */
  token: string;
  expiresAt: Date;
}

/**
 * A link proving control of `email`: the account's own address at sign-up, or the new address
 * on change of email. Earlier unused links for the same user stop working, so only the latest
 * email in the inbox is live.
 */
export async function issueEmailVerification(
  db: DbClient,
  input: { userId: string; email: string; now?: Date },
): Promise<IssuedToken> {
  const now = input.now ?? new Date();
  const { token, tokenHash, expiresAt } = newOneTimeToken(TOKEN_LIFETIME.emailVerificationMs, now);
  await db.emailVerificationToken.updateMany({
    where: { userId: input.userId, usedAt: null },
    data: { usedAt: now },
  });
  await db.emailVerificationToken.create({
    data: { userId: input.userId, email: input.email, tokenHash, expiresAt },
  });
  return { token, expiresAt };
}

export type EmailVerificationResult =
  | { ok: true; userId: string; email: string; emailChanged: boolean }
  /** Unknown, used or expired link, or the new address was taken meanwhile: one message. */
  | { ok: false };

/**
 * Redeems a verification link once. The claim (usedAt set only while unused and unexpired) is
 * a single UPDATE, so two clicks racing cannot both succeed. A link for a new address also
 * switches the account to it.
 */
export async function consumeEmailVerification(
  db: Db,
  input: { token: string; now?: Date },
): Promise<EmailVerificationResult> {
  if (!isWellFormedToken(input.token)) return { ok: false };
  const now = input.now ?? new Date();
  const tokenHash = hashSecret(input.token);
  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.emailVerificationToken.updateMany({
        where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (claimed.count !== 1) return { ok: false } as const;
      const row = await tx.emailVerificationToken.findUniqueOrThrow({
        where: { tokenHash },
        select: { userId: true, email: true, user: { select: { email: true } } },
      });
      const emailChanged = row.user.email !== row.email;
      await tx.user.update({
        where: { id: row.userId },
        data: { email: row.email, emailVerifiedAt: now },
      });
      return { ok: true, userId: row.userId, email: row.email, emailChanged } as const;
    });
  } catch (error) {
    // The new address was registered by someone else after the change was requested.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false };
    }
    throw error;
  }
}
