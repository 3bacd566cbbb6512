import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { db, disconnectDb } from "@tsunagu/db";
import { afterAll, describe, expect, it } from "vitest";

import { completeSignIn, signInWithPassword } from "../accounts/sign-in";
import { signedUpSeeker } from "../accounts/test-accounts";
import { validateSessionToken } from "../sessions/sessions";
import { stepAt } from "./totp";
import {
  confirmTwoFactorEnrolment,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
  twoFactorStatus,
} from "./two-factor";

afterAll(() => disconnectDb());

const PASSWORD = "hanoi-to-osaka-2025";
const newIp = () => `203.0.113.${crypto.randomUUID()}`;

/** What the seeker's authenticator app shows at `at`. */
function codeAt(manualKey: string, at: Date): string {
  return generateHOTP(decodeBase32IgnorePadding(manualKey.replace(/\s/g, "")), stepAt(at), 6);
}

async function enrolledSeeker(now: Date) {
  const seeker = await signedUpSeeker(db, PASSWORD);
  const started = await startTwoFactorEnrolment(db, seeker.userId);
  if (started.status !== "started") throw new Error("enrolment did not start");
  expect(started.uri).toMatch(/^otpauth:\/\/totp\/Tsunagu:/);
  const confirmed = await confirmTwoFactorEnrolment(
    db,
    seeker.userId,
    codeAt(started.manualKey, now),
    now,
  );
  if (!confirmed.ok) throw new Error("enrolment not confirmed");
  return { ...seeker, manualKey: started.manualKey, recoveryCodes: confirmed.recoveryCodes };
}

/** The password step of an enrolled account: the challenge the second step answers. */
async function passwordStep(seeker: { email: string }, now: Date): Promise<string> {
  const first = await signInWithPassword(db, {
    email: seeker.email,
    password: PASSWORD,
    audience: "SEEKER",
    ip: newIp(),
    now,
  });
  if (first.ok || first.reason !== "second-factor-required")
    throw new Error(`expected a second step, got ${JSON.stringify(first)}`);
  return first.challenge;
}

/** The second step: a code (from the app, or a recovery code) for the challenge. */
function secondStep(
  challenge: string,
  code: string,
  now: Date,
  audience: "SEEKER" | "EMPLOYER" = "SEEKER",
) {
  return completeSignIn(db, { challenge, code, audience, ip: newIp(), now });
}

describe("two-step sign-in", () => {
  it("is off until a code from the app confirms the enrolment", async () => {
    const seeker = await signedUpSeeker(db, PASSWORD);
    const started = await startTwoFactorEnrolment(db, seeker.userId);
    expect(started.status).toBe("started");
    // Not confirmed yet: sign-in still needs only the password.
    const signIn = await signInWithPassword(db, {
      email: seeker.email,
      password: PASSWORD,
      audience: "SEEKER",
      ip: newIp(),
    });
    expect(signIn.ok).toBe(true);
    expect(await confirmTwoFactorEnrolment(db, seeker.userId, "000000")).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    expect((await twoFactorStatus(db, seeker.userId)).enabled).toBe(false);
  });

  it("asks for a code after the password, and a code from the app starts the session", async () => {
    const now = new Date();
    const seeker = await enrolledSeeker(now);
    expect(seeker.recoveryCodes).toHaveLength(10);
    expect(await twoFactorStatus(db, seeker.userId)).toEqual({
      enabled: true,
      recoveryCodesLeft: 10,
    });

    const challenge = await passwordStep(seeker, now);
    // Thirty seconds later the app shows the next code.
    const later = new Date(now.getTime() + 30_000);
    const done = await secondStep(challenge, codeAt(seeker.manualKey, later), later);
    if (!done.ok) throw new Error(`second step refused: ${done.reason}`);
    expect((await validateSessionToken(db, done.token, "SEEKER"))?.user.id).toBe(seeker.userId);

    // The same code a second time is a replay.
    const replay = await secondStep(challenge, codeAt(seeker.manualKey, later), later);
    expect(replay).toEqual({ ok: false, reason: "wrong-code" });
  });

  it("accepts each recovery code once, and new ones replace the old", async () => {
    const now = new Date();
    const seeker = await enrolledSeeker(now);
    const challenge = await passwordStep(seeker, now);
    const code = seeker.recoveryCodes[0]!;
    expect((await secondStep(challenge, code.toLowerCase(), now)).ok).toBe(true);
    expect(await secondStep(challenge, code, now)).toEqual({ ok: false, reason: "wrong-code" });
    expect((await twoFactorStatus(db, seeker.userId)).recoveryCodesLeft).toBe(9);

    const later = new Date(now.getTime() + 60_000);
    const renewed = await regenerateRecoveryCodes(
      db,
      seeker.userId,
      codeAt(seeker.manualKey, later),
      later,
    );
    if (!renewed.ok) throw new Error("not renewed");
    expect(await secondStep(challenge, seeker.recoveryCodes[1]!, now)).toEqual({
      ok: false,
      reason: "wrong-code",
    });
    expect((await secondStep(challenge, renewed.recoveryCodes[0]!, now)).ok).toBe(true);
  });

  it("stops guessing after five wrong codes, and refuses a challenge of another app or an expired one", async () => {
    const now = new Date();
    const seeker = await enrolledSeeker(now);
    const challenge = await passwordStep(seeker, now);
    expect(await secondStep(challenge, "123456", now, "EMPLOYER")).toEqual({
      ok: false,
      reason: "challenge-expired",
    });
    const tooLate = new Date(now.getTime() + 11 * 60_000);
    expect(await secondStep(challenge, codeAt(seeker.manualKey, tooLate), tooLate)).toEqual({
      ok: false,
      reason: "challenge-expired",
    });
    expect(await secondStep(`${challenge}x`, "123456", now)).toEqual({
      ok: false,
      reason: "challenge-expired",
    });

    for (let i = 0; i < 5; i += 1) {
      expect(await secondStep(challenge, String(100000 + i), now)).toEqual({
        ok: false,
        reason: "wrong-code",
      });
    }
    expect(await secondStep(challenge, codeAt(seeker.manualKey, now), now)).toMatchObject({
      ok: false,
      reason: "rate-limited",
    });
  });
});
