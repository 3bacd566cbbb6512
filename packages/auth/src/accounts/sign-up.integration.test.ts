import { db, disconnectDb } from "@tsunagu/db";
import { ensurePlans } from "@tsunagu/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyPassword } from "../passwords/password-hash";
import { signUpEmployer } from "./sign-up-employer";
import { signUpSeeker } from "./sign-up-seeker";

afterAll(() => disconnectDb());
beforeAll(() => ensurePlans(db));

const now = new Date("2025-06-15T03:00:00Z");
const password = "sakura-mochi-2025";
const uniqueEmail = (name: string) => `${name}.${crypto.randomUUID().slice(0, 8)}@example.test`;
const ip = () => `192.0.2.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}`;

describe("signUpSeeker", () => {
  it("creates the account with a PRIVATE, consent-free profile and a verification link", async () => {
    const email = uniqueEmail("Mai.Nguyen");
    const result = await signUpSeeker(db, {
      email: `  ${email.toUpperCase()} `,
      password,
      birthDate: "2000-02-29",
      locale: "VI",
      ip: ip(),
      now,
    });
    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    const user = await db.user.findUniqueOrThrow({
      where: { id: result.userId },
      include: { seekerProfile: true, consentEvents: true, emailVerificationTokens: true },
    });
    expect(user.email).toBe(email.toLowerCase());
    expect(user.kind).toBe("SEEKER");
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.seekerProfile?.visibility).toBe("PRIVATE");
    expect(user.seekerProfile?.birthDate).toEqual(new Date("2000-02-29T00:00:00Z"));
    expect(user.consentEvents).toEqual([]);
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(user.passwordHash ?? "", password)).toBe(true);
    // Only the hash of the emailed token is stored.
    expect(user.emailVerificationTokens).toHaveLength(1);
    expect(
      Buffer.from(user.emailVerificationTokens[0]!.tokenHash).toString("latin1"),
    ).not.toContain(result.verification.token);
  });

  it("refuses 15 years and 364 days, and accepts 16 years exactly (the default minimum age)", async () => {
    const young = await signUpSeeker(db, {
      email: uniqueEmail("young"),
      password,
      birthDate: "2009-06-16",
      locale: "EN",
      ip: ip(),
      now,
    });
    expect(young).toEqual({ status: "invalid", problems: ["below-minimum-age"] });
    const sixteen = await signUpSeeker(db, {
      email: uniqueEmail("sixteen"),
      password,
      birthDate: "2009-06-15",
      locale: "EN",
      ip: ip(),
      now,
    });
    expect(sixteen.status).toBe("created");
  });

  it("reports every problem at once with stable codes", async () => {
    const result = await signUpSeeker(db, {
      email: "not-an-email",
      password: "short",
      birthDate: "2030-01-01",
      locale: "JA",
      ip: ip(),
      now,
    });
    expect(result).toEqual({
      status: "invalid",
      problems: ["invalid-email", "invalid-birth-date", "too-short"],
    });
  });

  it("answers email-taken for a registered email (whatever its case) without a second account", async () => {
    const email = uniqueEmail("taken");
    await signUpSeeker(db, {
      email,
      password,
      birthDate: "1995-01-01",
      locale: "EN",
      ip: ip(),
      now,
    });
    const again = await signUpSeeker(db, {
      email: email.toUpperCase(),
      password: "another-long-pass",
      birthDate: "1995-01-01",
      locale: "EN",
      ip: ip(),
      now,
    });
    expect(again).toEqual({ status: "email-taken", email });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("limits sign-ups per IP", async () => {
    const address = ip();
    const results = [];
    for (let i = 0; i < 11; i += 1) {
      results.push(
        await signUpSeeker(db, {
          email: uniqueEmail(`burst${i}`),
          password,
          birthDate: "1990-05-05",
          locale: "EN",
          ip: address,
          now,
        }),
      );
    }
    expect(results.slice(0, 10).every((r) => r.status === "created")).toBe(true);
    expect(results[10]).toEqual({ status: "rate-limited", retryAfterMs: expect.any(Number) });
  });
});

describe("signUpEmployer", () => {
  it("creates the company, its OWNER and a free subscription in one go", async () => {
    const result = await signUpEmployer(db, {
      email: uniqueEmail("hr"),
      password,
      displayName: "田中 花子",
      companyName: "株式会社つなぐ",
      locale: "JA",
      ip: ip(),
      now,
    });
    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    const member = await db.companyMember.findUniqueOrThrow({
      where: { userId: result.userId },
      include: { company: { include: { subscription: { include: { plan: true } } } }, user: true },
    });
    expect(member.role).toBe("OWNER");
    expect(member.displayName).toBe("田中 花子");
    expect(member.user.kind).toBe("EMPLOYER");
    expect(member.company.id).toBe(result.companyId);
    expect(member.company.name).toBe("株式会社つなぐ");
    expect(member.company.slug).toMatch(/^company-[a-z2-7]+$/);
    expect(member.company.subscription?.plan.code).toBe("free");
    // F10: a new company starts unverified; it may post jobs but not search or invite yet.
    expect(member.company.verifiedAt).toBeNull();
    expect(member.company.verificationMethod).toBeNull();
  });

  it("creates nothing when the email is taken", async () => {
    const email = uniqueEmail("dup");
    const input = {
      email,
      password,
      displayName: "A",
      companyName: "Dup KK",
      locale: "EN" as const,
      now,
    };
    await signUpEmployer(db, { ...input, ip: ip() });
    const companiesBefore = await db.company.count();
    expect(await signUpEmployer(db, { ...input, ip: ip() })).toEqual({
      status: "email-taken",
      email,
    });
    expect(await db.company.count()).toBe(companiesBefore);
  });
});
