import { describe, expect, it } from "vitest";

import { readAuthEnv } from "./env";

describe("readAuthEnv", () => {
  it("requires a long AUTH_SECRET and never echoes it", () => {
    const secret = "too-short-secret";
    expect(() => readAuthEnv({ AUTH_SECRET: secret })).toThrow(/AUTH_SECRET: must be at least 32/);
    try {
      readAuthEnv({ AUTH_SECRET: secret });
    } catch (error) {
      expect(String(error)).not.toContain(secret);
    }
    expect(() => readAuthEnv({})).toThrow(/AUTH_SECRET/);
  });

  it("defaults the minimum seeker age to 13 and the Microsoft tenant to common", () => {
    const env = readAuthEnv({ AUTH_SECRET: "x".repeat(32) });
    expect(env.AUTH_MIN_SEEKER_AGE).toBe(16);
    expect(env.MICROSOFT_TENANT).toBe("common");
    expect(env.GOOGLE_CLIENT_ID).toBeUndefined();
  });

  it("refuses a minimum age below the SPEC's 13", () => {
    expect(() => readAuthEnv({ AUTH_SECRET: "x".repeat(32), AUTH_MIN_SEEKER_AGE: "12" })).toThrow(
      /AUTH_MIN_SEEKER_AGE/,
    );
  });
});
