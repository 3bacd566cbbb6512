import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
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

/** The AES-256-GCM key for one purpose, derived from the server secret. */
function sealingKey(purpose: string): Buffer {
  return Buffer.from(keyedHash(purpose, "aes-256-gcm key v1"));
}

/**
 * Encrypts and authenticates bytes for one purpose (AES-256-GCM: nonce, ciphertext, tag), for
 * values we must read back but nobody else may read or forge: a TOTP secret at rest, a state a
 * browser carries between two forms.
 */
export function seal(purpose: string, plaintext: Uint8Array): Uint8Array {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(purpose), iv);
  const encrypted = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return new Uint8Array(Buffer.concat([iv, encrypted, cipher.getAuthTag()]));
}

/** The bytes `seal` sealed for this purpose, or null when tampered with or sealed for another. */
export function unseal(purpose: string, sealed: Uint8Array): Uint8Array | null {
  if (sealed.length < 12 + 16 + 1) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", sealingKey(purpose), sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return new Uint8Array(
      Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]),
    );
  } catch {
    return null;
  }
}
