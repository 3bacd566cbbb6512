import { expect, test, type Page } from "@playwright/test";
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

  test.beforeAll(async () => {
    adminEmail = await createTestAdmin("admin");
  });

  test.beforeEach(({ page }) => {
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
