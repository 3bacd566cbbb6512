import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import { DEMO_EMAIL_DOMAIN, DEMO_GUIDE_ACCOUNTS } from "@tsunagu/db/seed";
import { createCompany, createEmployerMember, createSeeker } from "@tsunagu/db/testing";
import { signInWithPassword } from "../accounts/sign-in";
import { checkPasswordPolicy } from "../passwords/password-policy";
import { hashPassword } from "../passwords/password-hash";
import { DEMO_PASSWORD, setDemoPasswords } from "./demo-passwords";

const db = createDb(process.env.DATABASE_URL!);
afterAll(async () => {
  await db.$disconnect();
});

const local = { NODE_ENV: "development" };
const signIn = (
  email: string,
  audience: "SEEKER" | "EMPLOYER" | "ADMIN",
  password = DEMO_PASSWORD,
) => signInWithPassword(db, { email, password, audience, ip: `demo-test-${crypto.randomUUID()}` });

describe("the local demo password", () => {
  it("is refused when NODE_ENV or APP_ENV says production, and then nothing is written", async () => {
    await createSeeker(db, { email: `refused@${DEMO_EMAIL_DOMAIN}` });
    for (const env of [
      { NODE_ENV: "production" },
      { NODE_ENV: "development", APP_ENV: "production" },
    ]) {
      await expect(setDemoPasswords(db, { env })).rejects.toThrow(
        /Refusing to set the demo password with (NODE|APP)_ENV=production/,
      );
    }
    const refused = await db.user.findUniqueOrThrow({
      where: { email: `refused@${DEMO_EMAIL_DOMAIN}` },
    });
    expect(refused.passwordHash).toBeNull();
    expect(await db.user.count({ where: { email: DEMO_GUIDE_ACCOUNTS.admin } })).toBe(0);
  });

  it("lets the demo seeker, employer members and the demo admin sign in, and keeps passwords people changed", async () => {
    await createSeeker(db, { email: DEMO_GUIDE_ACCOUNTS.seeker, searchable: true });
    const { company } = await createCompany(db, { plan: "pro" });
    await createEmployerMember(db, {
      companyId: company.id,
      role: "OWNER",
      email: DEMO_GUIDE_ACCOUNTS.employerOwner,
    });
    await createEmployerMember(db, {
      companyId: company.id,
      email: `recruiter.demo@${DEMO_EMAIL_DOMAIN}`,
    });
    const changed = await createSeeker(db, { email: `changed@${DEMO_EMAIL_DOMAIN}` });
    await db.user.update({
      where: { id: changed.user.id },
      data: { passwordHash: await hashPassword("Their-own-choice-77") },
    });
    const outsider = await createSeeker(db, {
      email: `someone.${crypto.randomUUID()}@example.test`,
    });

    const first = await setDemoPasswords(db, { env: local });

    expect(first).toMatchObject({
      password: DEMO_PASSWORD,
      accounts: DEMO_GUIDE_ACCOUNTS,
      adminCreated: true,
    });
    expect(first.passwordsSet).toBeGreaterThanOrEqual(3);
    expect((await signIn(DEMO_GUIDE_ACCOUNTS.seeker, "SEEKER")).ok).toBe(true);
    expect((await signIn(DEMO_GUIDE_ACCOUNTS.employerOwner, "EMPLOYER")).ok).toBe(true);
    expect((await signIn(`recruiter.demo@${DEMO_EMAIL_DOMAIN}`, "EMPLOYER")).ok).toBe(true);
    expect((await signIn(DEMO_GUIDE_ACCOUNTS.admin, "ADMIN")).ok).toBe(true);
    expect((await signIn(`changed@${DEMO_EMAIL_DOMAIN}`, "SEEKER")).ok).toBe(false);
    expect((await signIn(`changed@${DEMO_EMAIL_DOMAIN}`, "SEEKER", "Their-own-choice-77")).ok).toBe(
      true,
    );
    // Only demo addresses: nobody else's account gets a public password.
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: outsider.user.id } })).passwordHash,
    ).toBeNull();

    expect(await setDemoPasswords(db, { env: local })).toMatchObject({
      passwordsSet: 0,
      adminCreated: false,
    });
  });

  it("would pass the password rules itself, so changing it later follows the same rules", () => {
    expect(checkPasswordPolicy(DEMO_PASSWORD, { email: DEMO_GUIDE_ACCOUNTS.seeker })).toEqual([]);
  });
});
