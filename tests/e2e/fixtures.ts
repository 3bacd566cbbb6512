/**
 * What the end-to-end journeys share: a `test` whose pages fail on any console error, accounts
 * made straight in the database (a journey about resumes need not sign up through the form
 * each time; the sign-up journeys do that), sign-in through the real form, axe checks and the
 * mail catcher. Each test uses its own accounts, so tests and workers never share state, and
 * each browser context speaks for a client address of its own (the servers trust
 * X-Forwarded-For in e2e), so many sign-ins never hit one address's limit.
 */
import AxeBuilder from "@axe-core/playwright";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { expect, test as base, type Page } from "@playwright/test";
import {
  confirmTwoFactorEnrolment,
  createSession,
  hashPassword,
  sessionCookieName,
  startTwoFactorEnrolment,
} from "@tsunagu/auth";
import { createDb, type Db, type SessionAudience } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createPlatformAdmin,
  createSeeker,
  type CreateSeekerOptions,
} from "@tsunagu/db/testing";
import { MailViewerClient } from "@tsunagu/local-services";

export const PASSWORD = "Lantern-river-9274";

/** A fresh address per call, so runs and parallel workers never share an account. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

const randomClient = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

interface Fixtures {
  /**
   * Every test fails when its page logged a console error or threw; a test that provokes one on
   * purpose says so with `consoleGuard.allow(/pattern/)`.
   */
  consoleGuard: { allow: (pattern: RegExp) => void };
  db: Db;
}

export const test = base.extend<Fixtures>({
  extraHTTPHeaders: async ({}, use) => use({ "X-Forwarded-For": randomClient() }),
  db: async ({}, use) => {
    const db = createDb(process.env.DATABASE_URL ?? "");
    await use(db);
    await db.$disconnect();
  },
  consoleGuard: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use({ allow: (pattern) => allowed.push(pattern) });
      expect(
        errors.filter((text) => !allowed.some((pattern) => pattern.test(text))),
        "console errors",
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A verified seeker with a password, optionally with a resume (see createSeeker). */
export async function seekerAccount(db: Db, options: CreateSeekerOptions = {}) {
  const email = uniqueEmail("seeker");
  const seeker = await createSeeker(db, { ...options, email });
  await db.user.update({
    where: { id: seeker.user.id },
    data: { passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() },
  });
  return { ...seeker, email };
}

/** The owner (or a recruiter) of a company on a plan, with a password. */
export async function employerAccount(
  db: Db,
  options: { plan?: "free" | "standard" | "pro"; role?: "OWNER" | "RECRUITER" } = {},
) {
  const email = uniqueEmail("employer");
  const { company } = await createCompany(db, { plan: options.plan ?? "pro" });
  const member = await createEmployerMember(db, {
    companyId: company.id,
    role: options.role ?? "OWNER",
    email,
  });
  await db.user.update({
    where: { id: member.user.id },
    data: { passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() },
  });
  return { ...member, company, email };
}

/**
 * The code an authenticator app shows for this key (as the setup page prints it), `stepsAhead`
 * 30-second steps from now: a code works once, so a second sign-in in the same half minute
 * uses the next step's code (the server accepts one step of clock drift).
 */
export function authenticatorCode(manualKey: string, stepsAhead = 0): string {
  const step = BigInt(Math.floor(Date.now() / 30_000) + stepsAhead);
  return generateHOTP(decodeBase32IgnorePadding(manualKey.replace(/\s/g, "")), step, 6);
}

/** Two-step sign-in set up for an account, as the setup page would; returns the app's key. */
export async function enrolTwoStep(db: Db, userId: string): Promise<string> {
  const started = await startTwoFactorEnrolment(db, userId);
  if (started.status !== "started") throw new Error("two-step sign-in already on");
  const confirmed = await confirmTwoFactorEnrolment(
    db,
    userId,
    authenticatorCode(started.manualKey),
  );
  if (!confirmed.ok) throw new Error("two-step enrolment not confirmed");
  return started.manualKey;
}

/** A platform admin with a password and, as admins must (F21), two-step sign-in set up. */
export async function adminAccount(db: Db) {
  const admin = await createPlatformAdmin(db);
  await db.user.update({
    where: { id: admin.id },
    data: { passwordHash: await hashPassword(PASSWORD) },
  });
  return { ...admin, authenticatorKey: await enrolTwoStep(db, admin.id) };
}

/** Signs in through the app's form, as a person would. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // Argon2 takes its time on purpose, more so on a busy machine.
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 15_000 });
}

/** A session cookie for API-level checks (no browser). */
export async function sessionCookieFor(db: Db, userId: string, audience: SessionAudience) {
  const { token } = await createSession(db, { userId, audience });
  return `${sessionCookieName(audience, { secure: false })}=${token}`;
}

/** Fails on serious or critical accessibility violations of the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/** The first link to `path` in an email the mail catcher received. */
export function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://\\S+${path}\\?token=[\\w.-]+`));
  if (!match) throw new Error(`No ${path} link in the email`);
  return match[0];
}

export const mail = () => MailViewerClient.fromEnv();
