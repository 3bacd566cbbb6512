import { expect, type Page } from "@playwright/test";
import { createAdminAccount } from "@tsunagu/auth";
import { createDb } from "@tsunagu/db";
import { authenticatorCode, enrolTwoStep } from "../../../../tests/e2e/fixtures";

/** Each test admin's authenticator key: admins must use two-step sign-in (F21). */
const authenticatorKeys = new Map<string, string>();

export const ADMIN_PASSWORD = "Console-keeper-4821";

/**
 * A platform admin of its own for a spec, created the way `pnpm admin:create` does (no app
 * offers admin sign-up).
 */
export async function createTestAdmin(label: string): Promise<string> {
  const email = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const db = createDb(process.env.DATABASE_URL ?? "");
  try {
    const result = await createAdminAccount(db, { email, password: ADMIN_PASSWORD });
    if (result.status !== "created") throw new Error(`Admin not created: ${result.status}`);
    const admin = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    authenticatorKeys.set(email, await enrolTwoStep(db, admin.id));
  } finally {
    await db.$disconnect();
  }
  return email;
}

/** Signs in through the form; with the right password, answers the second step as the app would. */
export async function signInAsAdmin(page: Page, email: string, password = ADMIN_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  if (password !== ADMIN_PASSWORD) return;
  await expect(page).toHaveURL(/\/sign-in\/two-step/);
  // The enrolment used this half minute's code; a code works once.
  await page.getByLabel("Code").fill(authenticatorCode(authenticatorKeys.get(email) ?? "", 1));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function signedInAsAdmin(page: Page, email: string) {
  await signInAsAdmin(page, email);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
