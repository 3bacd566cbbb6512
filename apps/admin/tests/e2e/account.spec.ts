import { hashPassword } from "@tsunagu/auth";
import { createPlatformAdmin } from "@tsunagu/db/testing";
import { authenticatorCode, expect, test } from "../../../../tests/e2e/fixtures";
import type { Page } from "@playwright/test";
import { ADMIN_PASSWORD, createTestAdmin, signInAsAdmin } from "./admin-account";

function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test.describe("admin sign-in", () => {
  let consoleErrors: string[];
  let adminEmail: string;

  test.beforeEach(async ({ page }) => {
    // An admin per test: each sign-in uses up a one-time code of the admin's authenticator.
    adminEmail = await createTestAdmin("admin");
    consoleErrors = watchConsole(page);
  });

  test.afterEach(() => {
    expect(consoleErrors).toEqual([]);
  });

  test("the console is closed to visitors and opens after sign-in", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2F$/);
    await expect(page.getByRole("link", { name: "Sign up" })).toHaveCount(0);

    await signInAsAdmin(page, adminEmail);
    await expect(page).toHaveURL("/");
    await expect(page.getByRole("heading", { level: 1, name: "Operator console" })).toBeVisible();

    await page.getByRole("link", { name: "Account" }).click();
    await expect(page.getByText(`Signed in as ${adminEmail}`)).toBeVisible();
    await expect(page.getByRole("cell", { name: "This device" })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have been signed out.")).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount/);
  });

  test("a wrong password is refused with the generic message", async ({ page }) => {
    await signInAsAdmin(page, adminEmail, `${ADMIN_PASSWORD}-wrong`);
    await expect(page.getByRole("alert")).toHaveText("The email address or password is incorrect.");
    await expect(page.getByLabel("Password")).toHaveValue("");
  });
});

test("an admin without two-step sign-in must set it up before the console opens", async ({
  page,
  db,
}) => {
  const admin = await createPlatformAdmin(db);
  await db.user.update({
    where: { id: admin.id },
    data: { passwordHash: await hashPassword(ADMIN_PASSWORD) },
  });
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(admin.email);
  await page.getByLabel("Password").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL("/account/two-step");
  await expect(page.getByText("Platform admins must use two-step sign-in")).toBeVisible();
  // The console stays closed until it is done.
  await page.goto("/");
  await expect(page).toHaveURL("/account/two-step");

  const key = (await page.getByTestId("manual-key").textContent()) ?? "";
  await page.getByLabel("Code").fill(authenticatorCode(key));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem"),
  ).toHaveCount(10);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Operator console" })).toBeVisible();
  // Required for admins: there is no way to turn it off.
  await page.goto("/account/two-step");
  await expect(page.getByRole("button", { name: "Turn off two-step sign-in" })).toHaveCount(0);
});
