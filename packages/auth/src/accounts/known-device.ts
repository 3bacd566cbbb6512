import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeHexLowerCase } from "@oslojs/encoding";

import { keyedHash, randomToken } from "../crypto";
import { normaliseEmail } from "./email";

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser
 * that signed in to an account successfully gets a token bound to that account. Attempts that
 * present it are counted against the device, not against the account, so an attack on the
 * account from anywhere else cannot throttle its owner; without one, the per-account limits
 * apply. The token is a random id with a MAC over id and account, so it cannot be made up or
 * moved to another account, and nothing about it is stored.
 */
export const KNOWN_DEVICE_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

function mac(id: string, email: string): string {
  return encodeHexLowerCase(keyedHash("known-device", `${normaliseEmail(email)}\u0000${id}`));
}

/** A fresh device token for the account that just signed in on this browser. */
export function issueKnownDeviceToken(email: string): string {
  const id = randomToken(15);
  return `${id}.${mac(id, email)}`;
}

/** The device id when `token` was issued to this browser for this account, else null. */
export function knownDeviceOf(token: string | null | undefined, email: string): string | null {
  if (!token) return null;
  const [id, given, ...rest] = token.split(".");
  if (!id || !given || rest.length > 0 || !/^[a-z2-7]{24}$/.test(id)) return null;
  const expected = new TextEncoder().encode(mac(id, email));
  return constantTimeEqual(new TextEncoder().encode(given), expected) ? id : null;
}
