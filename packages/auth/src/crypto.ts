import { hmac } from "@oslojs/crypto/hmac";
import { SHA256, sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

import { readAuthEnv } from "./env";

const encoder = new TextEncoder();

/** A random string with `bytes * 8` bits of entropy, safe in URLs and cookies. */
export function randomToken(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return encodeBase32LowerCaseNoPadding(buffer);
}

/** SHA-256 of a high-entropy secret. Secrets are random, so no salt or slow hash is needed. */
export function hashSecret(secret: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(sha256(encoder.encode(secret)));
}

/**
 * HMAC-SHA256 of a value under the server secret, separated by purpose so that a hash made for
 * one use (an IP in the sessions table) cannot be matched against another (a rate-limit key).
 * Used wherever we need to recognise a value again without storing it.
 */
export function keyedHash(purpose: string, value: string): Uint8Array<ArrayBuffer> {
  const key = encoder.encode(readAuthEnv().AUTH_SECRET);
  return new Uint8Array(hmac(SHA256, key, encoder.encode(`${purpose}\u0000${value}`)));
}

export function keyedHashHex(purpose: string, value: string): string {
  return encodeHexLowerCase(keyedHash(purpose, value));
}
