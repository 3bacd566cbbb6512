import { expect, test, type Page } from "@playwright/test";
import { createTestAdmin, signedInAsAdmin } from "./admin-account";

/** Collects console errors and uncaught exceptions; every test ends by asserting there were none. */
function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test.describe("admin home", () => {
  let consoleErrors: string[];
  let expectedErrors: RegExp[];
  let adminEmail: string;

  test.beforeEach(async ({ page }) => {
    // An admin per test: each sign-in uses up a one-time code of the admin's authenticator.
    adminEmail = await createTestAdmin("admin-home");
    consoleErrors = watchConsole(page);
    expectedErrors = [];
    // Everything but /healthz and sign-in is behind requireAdmin.
    await signedInAsAdmin(page, adminEmail);
  });

  test.afterEach(() => {
    expect(
      consoleErrors.filter((text) => !expectedErrors.some((pattern) => pattern.test(text))),
    ).toEqual([]);
  });

  test("explains the console and shows the database as reachable", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Operator console" })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: "What the console is for" }),
    ).toBeVisible();
    const status = page.getByRole("region", { name: "System status" });
    await expect(status).toContainText("Database");
    await expect(status).toContainText("Reachable");
    await expect(status).toContainText(/Checked at .+ UTC/);
  });

  test("switches to Vietnamese and Japanese", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Language" })
      .getByRole("link", { name: "Tiếng Việt" })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Bảng điều khiển vận hành" }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("region", { name: "Trạng thái hệ thống" })).toContainText(
      "Kết nối được",
    );

    await page
      .getByRole("navigation", { name: "Ngôn ngữ" })
      .getByRole("link", { name: "日本語" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "運営管理コンソール" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("region", { name: "システムの状態" })).toContainText(
      "接続できます",
    );
  });

  test("reports itself healthy with a reachable database", async ({ request }) => {
    const response = await request.get("/healthz");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", app: "admin", db: "ok" });
  });

  test("shows a translated not-found page inside the layout", async ({ page }) => {
    // The browser reports the 404 status of the document itself; that one is the point here.
    expectedErrors.push(/status of 404/);
    await page.goto("/?lng=ja");
    const response = await page.goto("/companies/does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole("heading", { level: 1, name: "ページが見つかりません" }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("banner").getByRole("link", { name: /Tsunagu/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "トップページへ戻る" })).toBeVisible();
  });
});
