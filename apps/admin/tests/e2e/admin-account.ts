import { expect, type Page } from "@playwright/test";
import { createAdminAccount } from "@tsunagu/auth";
import { createDb } from "@tsunagu/db";

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
  } finally {
    await db.$disconnect();
  }
  return email;
}

export async function signInAsAdmin(page: Page, email: string, password = ADMIN_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function signedInAsAdmin(page: Page, email: string) {
  await signInAsAdmin(page, email);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
