import type { Db } from "@tsunagu/db";

import { hashPassword } from "../passwords/password-hash";
import { checkPasswordPolicy, type PasswordProblem } from "../passwords/password-policy";
import { invalidateAllSessions } from "../sessions/sessions";
import { issueEmailVerification, type IssuedToken } from "../tokens/email-verification";
import { parseEmail } from "./email";
import { reauthenticate, type ReauthenticationResult } from "./reauthenticate";

type ReauthenticationFailure = Exclude<ReauthenticationResult, { ok: true }>;

interface SessionScope {
  userId: string;
  /** The session making the change. */
  currentSessionId: string;
  /** Keep the current session signed in while every other one ends (default true). */
  keepCurrentSession?: boolean;
}

export type ChangePasswordResult =
  | { ok: true; endedSessions: number }
  | ReauthenticationFailure
  | { ok: false; reason: "weak-password"; problems: PasswordProblem[] };

/** Sets a new password after re-entering the current one, and ends the other sessions. */
export async function changePassword(
  db: Db,
  input: SessionScope & { currentPassword: string; newPassword: string; now?: Date },
): Promise<ChangePasswordResult> {
  const now = input.now ?? new Date();
  const reauth = await reauthenticate(db, {
    userId: input.userId,
    password: input.currentPassword,
    now,
  });
  if (!reauth.ok) return reauth;
  const problems = checkPasswordPolicy(input.newPassword, { email: reauth.email });
  if (problems.length > 0) return { ok: false, reason: "weak-password", problems };

  const passwordHash = await hashPassword(input.newPassword);
  const endedSessions = await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: input.userId },
      data: { passwordHash, passwordChangedAt: now },
    });
    return invalidateAllSessions(tx, input.userId, keep(input));
  });
  return { ok: true, endedSessions };
}

export type ChangeEmailResult =
  /**
   * Show "check the new inbox" for both: `verification-sent` emails a link to the new address,
   * `email-taken` should email the new address a notice instead, so the form does not reveal
   * whether that address has an account.
   */
  | { ok: true; status: "verification-sent"; newEmail: string; verification: IssuedToken }
  | { ok: true; status: "email-taken"; newEmail: string }
  | ReauthenticationFailure
  | { ok: false; reason: "invalid-email" };

/**
 * Starts a change of email after re-entering the password. The account keeps its address until
 * the link sent to the new one is opened (consumeEmailVerification switches it), so a typo
 * cannot lock anyone out. Other sessions end now: someone else signed in should not watch the
 * account change hands.
 */
export async function changeEmail(
  db: Db,
  input: SessionScope & { currentPassword: string; newEmail: string; now?: Date },
): Promise<ChangeEmailResult> {
  const now = input.now ?? new Date();
  const newEmail = parseEmail(input.newEmail);
  if (!newEmail) return { ok: false, reason: "invalid-email" };
  const reauth = await reauthenticate(db, {
    userId: input.userId,
    password: input.currentPassword,
    now,
  });
  if (!reauth.ok) return reauth;

  return db.$transaction(async (tx) => {
    await invalidateAllSessions(tx, input.userId, keep(input));
    const taken = await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } });
    if (taken) return { ok: true, status: "email-taken", newEmail } as const;
    const verification = await issueEmailVerification(tx, {
      userId: input.userId,
      email: newEmail,
      now,
    });
    return { ok: true, status: "verification-sent", newEmail, verification } as const;
  });
}

function keep(input: SessionScope): { except?: string } {
  return input.keepCurrentSession === false ? {} : { except: input.currentSessionId };
}
