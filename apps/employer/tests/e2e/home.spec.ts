import { expect, test, type Page } from "@playwright/test";

/** Collects console errors and uncaught exceptions; every test ends by asserting there were none. */
function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test.describe("employer home", () => {
  let consoleErrors: string[];
  let expectedErrors: RegExp[];

  test.beforeEach(({ page }) => {
    consoleErrors = watchConsole(page);
    expectedErrors = [];
  });

  test.afterEach(() => {
    expect(
      consoleErrors.filter((text) => !expectedErrors.some((pattern) => pattern.test(text))),
    ).toEqual([]);
  });

  test("presents resume search, free job posts and the plans", async ({ page }) => {
    await page.goto("/");
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Meet skilled international talent who trust you with their data.",
      }),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 3, name: "Search a redacted resume database" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Post jobs for free" })).toBeVisible();
    await page.getByRole("link", { name: "See plans" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Plans" })).toBeInViewport();
    await expect(
      page.getByRole("link", { name: "Create a company account" }).first(),
    ).toHaveAttribute("href", "/sign-up");
  });

  test("switches to Vietnamese and Japanese", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Language" })
      .getByRole("link", { name: "Tiếng Việt" })
      .click();
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Gặp gỡ nhân tài quốc tế giỏi, những người tin tưởng giao dữ liệu cho bạn.",
      }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");

    await page
      .getByRole("navigation", { name: "Ngôn ngữ" })
      .getByRole("link", { name: "日本語" })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "信頼とともに、優秀な外国籍人材と出会う。" }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page).toHaveTitle("Tsunagu 企業向け — 日本で外国籍人材を採用");
  });

  test("reports itself healthy with a reachable database", async ({ request }) => {
    const response = await request.get("/healthz");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", app: "employer", db: "ok" });
  });

  test("shows a translated not-found page inside the layout", async ({ page }) => {
    // The browser reports the 404 status of the document itself; that one is the point here.
    expectedErrors.push(/status of 404/);
    await page.goto("/?lng=vi");
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }),
    ).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: /Tsunagu/ })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await page.getByRole("link", { name: "Quay về trang chủ" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Gặp gỡ nhân tài quốc tế");
  });
});
