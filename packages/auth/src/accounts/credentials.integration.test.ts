import { db, disconnectDb } from "@tsunagu/db";
import { afterAll, describe, expect, it } from "vitest";

import { validateSessionToken } from "../sessions/sessions";
import { consumeEmailVerification } from "../tokens/email-verification";
import { consumePasswordReset } from "../tokens/password-reset";
import { changeEmail, changePassword } from "./change-credentials";
import { requestPasswordReset } from "./link-requests";
import { signInWithPassword } from "./sign-in";
import { signedUpSeeker } from "./test-accounts";

afterAll(() => disconnectDb());

const PASSWORD = "da-nang-beach-2025";
const NEW_PASSWORD = "kyoto-autumn-leaves";
const ip = () => `198.51.100.${crypto.randomUUID()}`;

async function signIn(email: string, password = PASSWORD, now?: Date) {
  const result = await signInWithPassword(db, {
    email,
    password,
    audience: "SEEKER",
    ip: ip(),
    now,
  });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result;
}

describe("changePassword", () => {
  it("needs the current password and ends the other sessions, keeping this one", async () => {
    const { email, userId } = await signedUpSeeker(db, PASSWORD);
    const laptop = await signIn(email);
    const phone = await signIn(email);

    const wrong = await changePassword(db, {
      userId,
      currentSessionId: laptop.session.id,
      currentPassword: "nope-nope-nope",
      newPassword: NEW_PASSWORD,
    });
    expect(wrong).toEqual({ ok: false, reason: "wrong-password" });
    expect(await validateSessionToken(db, phone.token, "SEEKER")).not.toBeNull();

    const weak = await changePassword(db, {
      userId,
      currentSessionId: laptop.session.id,
      currentPassword: PASSWORD,
      newPassword: "password123",
    });
    expect(weak).toEqual({ ok: false, reason: "weak-password", problems: ["too-common"] });

    const changed = await changePassword(db, {
      userId,
      currentSessionId: laptop.session.id,
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed).toEqual({ ok: true, endedSessions: 1 });
    expect(await validateSessionToken(db, laptop.token, "SEEKER")).not.toBeNull();
    expect(await validateSessionToken(db, phone.token, "SEEKER")).toBeNull();
    await signIn(email, NEW_PASSWORD);
    await expect(signIn(email, PASSWORD)).rejects.toThrow("invalid-credentials");
  });

  it("can end the current session too", async () => {
    const { email, userId } = await signedUpSeeker(db, PASSWORD);
    const laptop = await signIn(email);
    await changePassword(db, {
      userId,
      currentSessionId: laptop.session.id,
      keepCurrentSession: false,
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(await validateSessionToken(db, laptop.token, "SEEKER")).toBeNull();
  });

  it("stops guessing the current password after 5 failures", async () => {
    const { email, userId } = await signedUpSeeker(db, PASSWORD);
    const { session } = await signIn(email);
    for (let i = 0; i < 5; i += 1) {
      await changePassword(db, {
        userId,
        currentSessionId: session.id,
        currentPassword: `guess-${i}-xxxxx`,
        newPassword: NEW_PASSWORD,
      });
    }
    const sixth = await changePassword(db, {
      userId,
      currentSessionId: session.id,
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(sixth).toMatchObject({ ok: false, reason: "rate-limited" });
  });
});

describe("changeEmail", () => {
  it("switches the address only when the link to the new one is opened", async () => {
    const { email, userId } = await signedUpSeeker(db, PASSWORD);
    const laptop = await signIn(email);
    const phone = await signIn(email);
    const newEmail = `new.${crypto.randomUUID()}@example.test`;
    const started = await changeEmail(db, {
      userId,
      currentSessionId: laptop.session.id,
      currentPassword: PASSWORD,
      newEmail: newEmail.toUpperCase(),
    });
    if (!started.ok || started.status !== "verification-sent")
      throw new Error("change not started");
    expect(await validateSessionToken(db, phone.token, "SEEKER")).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(email);

    expect(await consumeEmailVerification(db, { token: started.verification.token })).toEqual({
      ok: true,
      userId,
      email: newEmail,
      emailChanged: true,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(newEmail);
    await signIn(newEmail);
  });

  it("answers the same way for an address that already has an account", async () => {
    const { email, userId } = await signedUpSeeker(db, PASSWORD);
    const other = await signedUpSeeker(db, PASSWORD);
    const { session } = await signIn(email);
    const result = await changeEmail(db, {
      userId,
      currentSessionId: session.id,
      currentPassword: PASSWORD,
      newEmail: other.email,
    });
    expect(result).toEqual({ ok: true, status: "email-taken", newEmail: other.email });
  });
});

describe("email verification links", () => {
  it("verify once, and not after they expire", async () => {
    const now = new Date("2025-08-01T00:00:00Z");
    const first = await signedUpSeeker(db, PASSWORD, now);
    await db.user.update({ where: { id: first.userId }, data: { emailVerifiedAt: null } });
    const token = first.verification.token;
    expect(await consumeEmailVerification(db, { token, now })).toMatchObject({
      ok: true,
      emailChanged: false,
    });
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: first.userId } })).emailVerifiedAt,
    ).toEqual(now);
    expect(await consumeEmailVerification(db, { token, now })).toEqual({ ok: false });

    const late = await signedUpSeeker(db, PASSWORD, now);
    const dayLater = new Date(now.getTime() + 24 * 3_600_000);
    expect(
      await consumeEmailVerification(db, { token: late.verification.token, now: dayLater }),
    ).toEqual({ ok: false });
  });
});

describe("password reset", () => {
  it("works once, sets the password and signs out every session", async () => {
    const { email, userId } = await signedUpSeeker(db, PASSWORD);
    const stolen = await signIn(email);
    const requested = await requestPasswordReset(db, { email: email.toUpperCase(), ip: ip() });
    if (!requested.ok || !requested.reset) throw new Error("no reset issued");
    const token = requested.reset.link.token;

    expect(await consumePasswordReset(db, { token, newPassword: "short" })).toEqual({
      ok: false,
      reason: "weak-password",
      problems: ["too-short"],
    });
    expect(await consumePasswordReset(db, { token, newPassword: NEW_PASSWORD })).toEqual({
      ok: true,
      userId,
    });
    expect(await validateSessionToken(db, stolen.token, "SEEKER")).toBeNull();
    await signIn(email, NEW_PASSWORD);
    expect(
      await consumePasswordReset(db, { token, newPassword: "yet-another-passphrase" }),
    ).toEqual({
      ok: false,
      reason: "invalid-token",
    });
  });

  it("expires after 30 minutes, and a newer link replaces an older one", async () => {
    const now = new Date("2025-08-02T00:00:00Z");
    const { email } = await signedUpSeeker(db, PASSWORD, now);
    const first = await requestPasswordReset(db, { email, ip: ip(), now });
    const second = await requestPasswordReset(db, { email, ip: ip(), now });
    if (!first.ok || !first.reset || !second.ok || !second.reset)
      throw new Error("no reset issued");
    expect(
      await consumePasswordReset(db, {
        token: first.reset.link.token,
        newPassword: NEW_PASSWORD,
        now,
      }),
    ).toMatchObject({
      reason: "invalid-token",
    });
    const later = new Date(now.getTime() + 30 * 60_000);
    expect(
      await consumePasswordReset(db, {
        token: second.reset.link.token,
        newPassword: NEW_PASSWORD,
        now: later,
      }),
    ).toMatchObject({
      reason: "invalid-token",
    });
  });

  it("answers alike for unknown emails and issues nothing", async () => {
    const result = await requestPasswordReset(db, {
      email: `ghost.${crypto.randomUUID()}@example.test`,
      ip: ip(),
    });
    expect(result).toEqual({ ok: true, reset: null });
  });

  it("cannot be redeemed twice by racing requests", async () => {
    const { email } = await signedUpSeeker(db, PASSWORD);
    const requested = await requestPasswordReset(db, { email, ip: ip() });
    if (!requested.ok || !requested.reset) throw new Error("no reset issued");
    const token = requested.reset.link.token;
    const results = await Promise.all([
      consumePasswordReset(db, { token, newPassword: "first-racing-password" }),
      consumePasswordReset(db, { token, newPassword: "second-racing-password" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
