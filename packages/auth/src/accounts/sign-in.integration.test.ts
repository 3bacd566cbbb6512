import { db, disconnectDb } from "@tsunagu/db";
import { afterAll, describe, expect, it } from "vitest";

import { RATE_LIMITS } from "../rate-limit/limits";
import { validateSessionToken } from "../sessions/sessions";
import { signInWithPassword } from "./sign-in";
import { signedUpSeeker } from "./test-accounts";

afterAll(() => disconnectDb());

const PASSWORD = "hanoi-to-osaka-2025";
const newIp = () => `203.0.113.${crypto.randomUUID()}`;

describe("signInWithPassword", () => {
  it("starts a new session each time, valid only for the seeker app", async () => {
    const { email, userId } = await signedUpSeeker(db, PASSWORD);
    const first = await signInWithPassword(db, {
      email: ` ${email.toUpperCase()}`,
      password: PASSWORD,
      audience: "SEEKER",
      ip: newIp(),
    });
    const second = await signInWithPassword(db, {
      email,
      password: PASSWORD,
      audience: "SEEKER",
      ip: newIp(),
    });
    if (!first.ok || !second.ok) throw new Error("sign-in failed");
    expect(first.token).not.toBe(second.token);
    expect((await validateSessionToken(db, first.token, "SEEKER"))?.user.id).toBe(userId);
    expect(await validateSessionToken(db, first.token, "EMPLOYER")).toBeNull();
  });

  it("gives the same answer for an unknown email, a wrong password and another app's account", async () => {
    const { email } = await signedUpSeeker(db, PASSWORD);
    const unknown = await signInWithPassword(db, {
      email: `nobody.${crypto.randomUUID()}@example.test`,
      password: PASSWORD,
      audience: "SEEKER",
      ip: newIp(),
    });
    const wrong = await signInWithPassword(db, {
      email,
      password: "not-the-password",
      audience: "SEEKER",
      ip: newIp(),
    });
    const otherApp = await signInWithPassword(db, {
      email,
      password: PASSWORD,
      audience: "EMPLOYER",
      ip: newIp(),
    });
    expect(unknown).toEqual({ ok: false, reason: "invalid-credentials" });
    expect(wrong).toEqual(unknown);
    expect(otherApp).toEqual(unknown);
  });

  it("spends argon2 time on unknown emails too", async () => {
    // Timing is noisy, so only the order of magnitude is checked: an unknown email must not
    // answer in the microseconds a bare database miss would take.
    const started = performance.now();
    await signInWithPassword(db, {
      email: `ghost.${crypto.randomUUID()}@example.test`,
      password: PASSWORD,
      audience: "SEEKER",
      ip: newIp(),
    });
    await signInWithPassword(db, {
      email: `ghost.${crypto.randomUUID()}@example.test`,
      password: PASSWORD,
      audience: "SEEKER",
      ip: newIp(),
    });
    expect(performance.now() - started).toBeGreaterThan(10);
  });

  it("blocks brute force from one address after 5 failures, with a retry time", async () => {
    const { email } = await signedUpSeeker(db, PASSWORD);
    const attacker = newIp();
    const now = new Date("2025-07-01T10:00:00Z");
    for (let i = 0; i < RATE_LIMITS.signInFailuresPerAccountAndIp.limit; i += 1) {
      expect(
        await signInWithPassword(db, {
          email,
          password: `guess-${i}-xxxxxx`,
          audience: "SEEKER",
          ip: attacker,
          now,
        }),
      ).toEqual({
        ok: false,
        reason: "invalid-credentials",
      });
    }
    // Even the right password is refused from the attacking address until the window ends.
    const blocked = await signInWithPassword(db, {
      email,
      password: PASSWORD,
      audience: "SEEKER",
      ip: attacker,
      now,
    });
    expect(blocked).toEqual({ ok: false, reason: "rate-limited", retryAfterMs: 15 * 60_000 });
    // The owner, elsewhere, is not affected at all.
    const owner = await signInWithPassword(db, {
      email,
      password: PASSWORD,
      audience: "SEEKER",
      ip: newIp(),
      now,
    });
    expect(owner.ok).toBe(true);
  });

  it("throttles unknown emails exactly like registered ones", async () => {
    const email = `ghost.${crypto.randomUUID()}@example.test`;
    const attacker = newIp();
    for (let i = 0; i < 5; i += 1) {
      await signInWithPassword(db, {
        email,
        password: `guess-${i}-xxxxxx`,
        audience: "SEEKER",
        ip: attacker,
      });
    }
    const sixth = await signInWithPassword(db, {
      email,
      password: "guess-6-xxxxxx",
      audience: "SEEKER",
      ip: attacker,
    });
    expect(sixth).toMatchObject({ ok: false, reason: "rate-limited" });
  });

  it("delays, never locks, an account attacked from many addresses", async () => {
    const { email } = await signedUpSeeker(db, PASSWORD);
    const start = new Date("2025-07-02T10:00:00Z");
    const botnetGuess = (i: number, at: Date) =>
      signInWithPassword(db, {
        email,
        password: `botnet-${i}-xxxx`,
        audience: "SEEKER",
        ip: newIp(),
        now: at,
      });
    // One more failure than the account tolerates: the last one starts a cool-down window.
    for (let i = 0; i <= RATE_LIMITS.signInFailuresPerAccount.limit; i += 1) {
      expect(await botnetGuess(i, new Date(start.getTime() + i * 1000))).toEqual({
        ok: false,
        reason: "invalid-credentials",
      });
    }
    const justAfter = new Date(start.getTime() + 12_000);
    expect(await botnetGuess(99, justAfter)).toMatchObject({ ok: false, reason: "rate-limited" });
    const owner = await signInWithPassword(db, {
      email,
      password: PASSWORD,
      audience: "SEEKER",
      ip: newIp(),
      now: justAfter,
    });
    expect(owner).toMatchObject({ ok: false, reason: "rate-limited" });
    if (owner.ok || owner.reason !== "rate-limited") return;
    expect(owner.retryAfterMs).toBeLessThanOrEqual(RATE_LIMITS.signInAccountCooldown.windowMs);
    // After the documented delay the owner gets in, even though the attack window is still open.
    const retryAt = new Date(justAfter.getTime() + owner.retryAfterMs);
    const retry = await signInWithPassword(db, {
      email,
      password: PASSWORD,
      audience: "SEEKER",
      ip: newIp(),
      now: retryAt,
    });
    expect(retry.ok).toBe(true);
  });

  it("lets no more than 5 parallel guesses from one address reach the password check", async () => {
    const { email } = await signedUpSeeker(db, PASSWORD);
    const attacker = newIp();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signInWithPassword(db, {
          email,
          password: `parallel-${i}-xxxx`,
          audience: "SEEKER",
          ip: attacker,
        }),
      ),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid-credentials");
    expect(checked).toHaveLength(RATE_LIMITS.signInFailuresPerAccountAndIp.limit);
  });

  it("does not count successful sign-ins against the account", async () => {
    const { email } = await signedUpSeeker(db, PASSWORD);
    const office = newIp();
    for (let i = 0; i < 12; i += 1) {
      expect(
        (
          await signInWithPassword(db, {
            email,
            password: PASSWORD,
            audience: "SEEKER",
            ip: office,
          })
        ).ok,
      ).toBe(true);
    }
  });

  it("refuses a suspended account even with the right password", async () => {
    const { email, userId } = await signedUpSeeker(db, PASSWORD);
    await db.user.update({ where: { id: userId }, data: { status: "SUSPENDED" } });
    expect(
      await signInWithPassword(db, { email, password: PASSWORD, audience: "SEEKER", ip: newIp() }),
    ).toEqual({
      ok: false,
      reason: "account-unavailable",
    });
  });

  describe("with a device cookie (a browser that signed in before)", () => {
    async function ownerDevice(email: string) {
      const first = await signInWithPassword(db, {
        email,
        password: PASSWORD,
        audience: "SEEKER",
        ip: newIp(),
      });
      if (!first.ok) throw new Error("first sign-in failed");
      return first.knownDeviceToken;
    }

    it("lets the owner in while a botnet keeps the account in its cool-down", async () => {
      const { email } = await signedUpSeeker(db, PASSWORD);
      const device = await ownerDevice(email);
      const at = new Date("2025-07-03T10:00:00Z");
      const guess = (i: number) =>
        signInWithPassword(db, {
          email,
          password: `botnet-${i}-xxxx`,
          audience: "SEEKER",
          ip: newIp(),
          now: at,
        });
      // The attack fills the account's failures and then takes the one cool-down slot.
      for (let i = 0; i <= RATE_LIMITS.signInFailuresPerAccount.limit + 1; i += 1) await guess(i);
      expect(await guess(100)).toMatchObject({ ok: false, reason: "rate-limited" });

      const stranger = await signInWithPassword(db, {
        email,
        password: PASSWORD,
        audience: "SEEKER",
        ip: newIp(),
        now: at,
      });
      expect(stranger).toMatchObject({ ok: false, reason: "rate-limited" });
      const owner = await signInWithPassword(db, {
        email,
        password: PASSWORD,
        audience: "SEEKER",
        ip: newIp(),
        knownDeviceToken: device,
        now: at,
      });
      expect(owner.ok).toBe(true);
    });

    it("does not help another account, or a forged token", async () => {
      const victim = await signedUpSeeker(db, PASSWORD);
      const other = await signedUpSeeker(db, PASSWORD);
      const othersDevice = await ownerDevice(other.email);
      const attacker = newIp();
      const attempt = (token: string) =>
        signInWithPassword(db, {
          email: victim.email,
          password: "wrong-guess-xxxx",
          audience: "SEEKER",
          ip: attacker,
          knownDeviceToken: token,
        });
      const forged = `${"a".repeat(24)}.${"0".repeat(64)}`;
      for (let i = 0; i < RATE_LIMITS.signInFailuresPerAccountAndIp.limit; i += 1) {
        await attempt(i % 2 ? othersDevice : forged);
      }
      // Counted like any browser: the per-address limit bites after five.
      expect(await attempt(othersDevice)).toMatchObject({ ok: false, reason: "rate-limited" });
    });

    it("limits a stolen device cookie to its own allowance, then counts it like any browser", async () => {
      const { email } = await signedUpSeeker(db, PASSWORD);
      const device = await ownerDevice(email);
      const thief = newIp();
      const at = new Date("2025-07-04T10:00:00Z");
      const guess = (i: number) =>
        signInWithPassword(db, {
          email,
          password: `thief-${i}-xxxx`,
          audience: "SEEKER",
          ip: thief,
          knownDeviceToken: device,
          now: at,
        });
      const limit = RATE_LIMITS.signInFailuresPerKnownDevice.limit;
      for (let i = 0; i < limit; i += 1)
        expect(await guess(i)).toEqual({ ok: false, reason: "invalid-credentials" });
      // Now the per-address limit applies: five more failures, then refused.
      for (let i = 0; i < RATE_LIMITS.signInFailuresPerAccountAndIp.limit; i += 1) {
        expect(await guess(limit + i)).toEqual({ ok: false, reason: "invalid-credentials" });
      }
      expect(await guess(99)).toMatchObject({ ok: false, reason: "rate-limited" });
    });
  });
});
