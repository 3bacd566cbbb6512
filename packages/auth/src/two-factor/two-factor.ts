import type { Db } from "@tsunagu/db";

import { keyedHash, randomToken, seal, unseal } from "../crypto";
import { consumeNamedLimit, refundNamedLimit } from "../rate-limit/limits";
import { keyUri, manualEntryKey, matchingStep, newTotpKey } from "./totp";

const SECRET_PURPOSE = "totp-secret";
export const RECOVERY_CODE_COUNT = 10;

/** A recovery code as it is shown: ten letters and digits in two groups, easy to copy by hand. */
function newRecoveryCode(): string {
  const raw = randomToken(7).slice(0, 10).toUpperCase();
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

const normaliseRecoveryCode = (code: string) => code.replace(/[\s-]/g, "").toUpperCase();
// Keyed, so a copy of the table alone cannot be searched for the codes.
const recoveryCodeHash = (code: string) =>
  Buffer.from(keyedHash("recovery-code", normaliseRecoveryCode(code)));

export interface TwoFactorStatus {
  enabled: boolean;
  /** Unused recovery codes; a page warns when few are left. */
  recoveryCodesLeft: number;
}

export async function twoFactorStatus(db: Db, userId: string): Promise<TwoFactorStatus> {
  const [credential, recoveryCodesLeft] = await Promise.all([
    db.twoFactorCredential.findUnique({ where: { userId }, select: { enabledAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enabled: Boolean(credential?.enabledAt), recoveryCodesLeft };
}

/** How long a started, unconfirmed enrolment keeps its secret (a reload shows the same QR code). */
const PENDING_ENROLMENT_MS = 30 * 60_000;

/**
 * Starts setting up an authenticator app: a secret, stored encrypted and not yet in force, the
 * same one for half an hour so a reload does not invalidate what the app scanned. Returns what
 * the app needs, the QR code's URI and the key for typing it in.
 */
export async function startTwoFactorEnrolment(db: Db, userId: string, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      twoFactor: { select: { enabledAt: true, createdAt: true, secretEncrypted: true } },
    },
  });
  if (user.twoFactor?.enabledAt) return { status: "already-enabled" as const };
  const pending = user.twoFactor;
  if (pending && now.getTime() - pending.createdAt.getTime() < PENDING_ENROLMENT_MS) {
    const key = unseal(SECRET_PURPOSE, new Uint8Array(pending.secretEncrypted));
    if (key)
      return {
        status: "started" as const,
        uri: keyUri(key, user.email),
        manualKey: manualEntryKey(key),
      };
  }
  const key = newTotpKey();
  const secretEncrypted = Buffer.from(seal(SECRET_PURPOSE, key));
  await db.twoFactorCredential.upsert({
    where: { userId },
    create: { userId, secretEncrypted, createdAt: now },
    update: { secretEncrypted, lastUsedStep: null, createdAt: now },
  });
  return {
    status: "started" as const,
    uri: keyUri(key, user.email),
    manualKey: manualEntryKey(key),
  };
}

async function keyOf(db: Db, userId: string) {
  const credential = await db.twoFactorCredential.findUnique({ where: { userId } });
  if (!credential) return null;
  const key = unseal(SECRET_PURPOSE, new Uint8Array(credential.secretEncrypted));
  return key ? { key, credential } : null;
}

/** Replaces every recovery code of the account with new ones, returned once in clear. */
async function issueRecoveryCodes(db: Pick<Db, "recoveryCode">, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.recoveryCode.deleteMany({ where: { userId } });
  await db.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })),
  });
  return codes;
}

/**
 * Confirms the enrolment with a code from the app: from now on sign-in asks for a code. Returns
 * the recovery codes, shown once.
 */
export async function confirmTwoFactorEnrolment(
  db: Db,
  userId: string,
  code: string,
  now = new Date(),
) {
  const found = await keyOf(db, userId);
  if (!found || found.credential.enabledAt)
    return { ok: false as const, reason: "not-started" as const };
  const step = matchingStep(found.key, code, now, found.credential.lastUsedStep);
  if (step === null) return { ok: false as const, reason: "wrong-code" as const };
  const recoveryCodes = await db.$transaction(async (tx) => {
    await tx.twoFactorCredential.update({
      where: { userId },
      data: { enabledAt: now, lastUsedStep: step },
    });
    return issueRecoveryCodes(tx, userId);
  });
  return { ok: true as const, recoveryCodes };
}

export type SecondFactorResult =
  | { ok: true; usedRecoveryCode: boolean }
  | { ok: false; reason: "wrong-code" | "not-enabled" }
  | { ok: false; reason: "rate-limited"; retryAfterMs: number };

/**
 * Checks a code from the authenticator app, or one of the recovery codes (which is used up).
 * Failures are limited per account; a correct code gives its slot back.
 */
export async function verifySecondFactor(
  db: Db,
  userId: string,
  code: string,
  now = new Date(),
): Promise<SecondFactorResult> {
  const limit = await consumeNamedLimit(db, "secondFactorFailuresPerUser", userId, now);
  if (!limit.allowed)
    return { ok: false, reason: "rate-limited", retryAfterMs: limit.retryAfterMs };
  const found = await keyOf(db, userId);
  if (!found?.credential.enabledAt) return { ok: false, reason: "not-enabled" };

  const step = matchingStep(found.key, code, now, found.credential.lastUsedStep);
  if (step !== null) {
    // Conditional on the step still being new, so two requests cannot both use one code.
    const updated = await db.twoFactorCredential.updateMany({
      where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
      data: { lastUsedStep: step },
    });
    if (updated.count === 1) {
      await refundNamedLimit(db, "secondFactorFailuresPerUser", userId, now);
      return { ok: true, usedRecoveryCode: false };
    }
    return { ok: false, reason: "wrong-code" };
  }
  const used = await db.recoveryCode.updateMany({
    where: { userId, codeHash: recoveryCodeHash(code), usedAt: null },
    data: { usedAt: now },
  });
  if (used.count === 1) {
    await refundNamedLimit(db, "secondFactorFailuresPerUser", userId, now);
    return { ok: true, usedRecoveryCode: true };
  }
  return { ok: false, reason: "wrong-code" };
}

/** New recovery codes (the old ones stop working), after a code proves the app is at hand. */
export async function regenerateRecoveryCodes(
  db: Db,
  userId: string,
  code: string,
  now = new Date(),
) {
  const check = await verifySecondFactor(db, userId, code, now);
  if (!check.ok) return check;
  return { ok: true as const, recoveryCodes: await issueRecoveryCodes(db, userId) };
}

/** Turns two-step sign-in off: the secret and the recovery codes are deleted. */
export async function disableTwoFactor(db: Db, userId: string) {
  await db.$transaction([
    db.twoFactorCredential.deleteMany({ where: { userId } }),
    db.recoveryCode.deleteMany({ where: { userId } }),
  ]);
}
