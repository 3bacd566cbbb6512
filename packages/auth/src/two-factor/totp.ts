import { generateHOTP, createTOTPKeyURI } from "@oslojs/otp";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";

/** RFC 6238 as every authenticator app implements it: 30-second steps, six digits, SHA-1. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps either side of now that still count, for clocks a little off (RFC 6238 §5.2). */
const DRIFT_STEPS = 1;

export function newTotpKey(): Uint8Array {
  const key = new Uint8Array(20);
  crypto.getRandomValues(key);
  return key;
}

/** The key as people type it into an app by hand: base32, in groups of four. */
export function manualEntryKey(key: Uint8Array): string {
  return encodeBase32UpperCaseNoPadding(key)
    .replace(/(.{4})/g, "$1 ")
    .trim();
}

export function keyUri(key: Uint8Array, accountName: string): string {
  return createTOTPKeyURI("Tsunagu", accountName, key, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
}

export function stepAt(now: Date): bigint {
  return BigInt(Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS));
}

/**
 * The time step a code belongs to, if it is valid now and newer than the last step used: a code
 * that was already accepted once is refused, so an observed code cannot be replayed.
 */
export function matchingStep(
  key: Uint8Array,
  code: string,
  now: Date,
  lastUsedStep: bigint | null,
): bigint | null {
  const typed = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(typed)) return null;
  const current = stepAt(now);
  const encoder = new TextEncoder();
  for (let offset = -DRIFT_STEPS; offset <= DRIFT_STEPS; offset += 1) {
    const step = current + BigInt(offset);
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    if (
      constantTimeEqual(encoder.encode(generateHOTP(key, step, TOTP_DIGITS)), encoder.encode(typed))
    )
      return step;
  }
  return null;
}
