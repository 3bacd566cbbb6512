import { describe, expect, it } from "vitest";

import { hashSecret } from "../crypto";
import { generateSessionToken, parseSessionToken, secretMatches } from "./session-token";

describe("session tokens", () => {
  it("carry at least 128 random bits in the secret and are never repeated", () => {
    const tokens = Array.from({ length: 200 }, () => generateSessionToken());
    for (const { secret } of tokens) expect(secret.length * 5).toBeGreaterThanOrEqual(128);
    expect(new Set(tokens.map((t) => t.token)).size).toBe(tokens.length);
  });

  it("parse back into id and secret, and reject malformed input", () => {
    const { id, secret, token } = generateSessionToken();
    expect(parseSessionToken(token)).toEqual({ id, secret });
    for (const bad of ["", id, `${id}.`, `${id}.${secret}.x`, `${id}.${secret.toUpperCase()}`]) {
      expect(parseSessionToken(bad)).toBeNull();
    }
  });

  it("match only the secret whose hash is stored", () => {
    const { secret } = generateSessionToken();
    const stored = hashSecret(secret);
    expect(secretMatches(secret, stored)).toBe(true);
    expect(secretMatches(generateSessionToken().secret, stored)).toBe(false);
  });
});
