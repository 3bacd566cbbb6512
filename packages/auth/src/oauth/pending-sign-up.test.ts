import { describe, expect, it } from "vitest";

import type { OAuthIdentity } from "./identity";
import { openPendingSignUp, sealPendingSignUp } from "./pending-sign-up";

const identity: OAuthIdentity = {
  provider: "GOOGLE",
  providerUserId: "1234567890",
  email: "linh.tran@example.vn",
  emailVerified: true,
};

describe("pending OAuth sign-up", () => {
  const now = new Date("2025-06-01T00:00:00Z");

  it("round-trips the identity without exposing the email", () => {
    const sealed = sealPendingSignUp(identity, now);
    expect(sealed).not.toContain("linh");
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain("linh");
    expect(openPendingSignUp(sealed, now)).toEqual(identity);
  });

  it("refuses a tampered or expired value", () => {
    const sealed = sealPendingSignUp(identity, now);
    const bytes = Buffer.from(sealed, "base64url");
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    expect(openPendingSignUp(bytes.toString("base64url"), now)).toBeNull();
    expect(openPendingSignUp(sealed, new Date(now.getTime() + 16 * 60_000))).toBeNull();
    expect(openPendingSignUp("not-a-sealed-value", now)).toBeNull();
  });

  it("finishes only in the app that started it", () => {
    const seeker = sealPendingSignUp(identity, now);
    expect(openPendingSignUp(seeker, now, "EMPLOYER")).toBeNull();
    const company = sealPendingSignUp(identity, now, "EMPLOYER");
    expect(openPendingSignUp(company, now, "EMPLOYER")).toEqual(identity);
    expect(openPendingSignUp(company, now)).toBeNull();
  });
});
