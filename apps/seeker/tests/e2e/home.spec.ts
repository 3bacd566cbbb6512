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

test.describe("seeker home", () => {
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

  test("presents the value proposition and how privacy works", async ({ page }) => {
    await page.goto("/");
    await expect(
      page.getByRole("heading", { level: 1, name: "Work in Japan. Share only what you choose." }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "How privacy works" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Browse jobs" })).toHaveAttribute("href", "/jobs");
    await expect(page.getByRole("link", { name: "Create your free account" })).toHaveAttribute(
      "href",
      "/sign-up",
    );
    await expect(page.getByRole("main")).toBeVisible();
    await expect(
      page.getByRole("contentinfo").getByRole("link", { name: "How we protect your data" }),
    ).toBeVisible();
  });

  test("switches to Vietnamese and Japanese, and remembers the choice", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const languages = page.getByRole("navigation", { name: "Language" });

    await languages.getByRole("link", { name: "Tiếng Việt" }).click();
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Làm việc tại Nhật Bản. Chỉ chia sẻ những gì bạn muốn.",
      }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page).toHaveURL("/");

    await page
      .getByRole("navigation", { name: "Ngôn ngữ" })
      .getByRole("link", { name: "日本語" })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "日本で働こう。伝える情報は、あなたが選ぶ。" }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("link", { name: "日本語" })).toHaveAttribute(
      "aria-current",
      "true",
    );

    // The cookie carries the choice to a fresh page load.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "日本で働こう。伝える情報は、あなたが選ぶ。",
    );
  });

  test("switches language without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto("/");
    await page.getByRole("link", { name: "Tiếng Việt" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Làm việc tại Nhật Bản");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("reports itself healthy with a reachable database", async ({ request }) => {
    const response = await request.get("/healthz");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", app: "seeker", db: "ok" });
  });

  test("shows a translated not-found page inside the layout", async ({ page }) => {
    // The browser reports the 404 status of the document itself; that one is the point here.
    expectedErrors.push(/status of 404/);
    const response = await page.goto("/this-page-does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: /Tsunagu/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the home page" })).toHaveAttribute(
      "href",
      "/",
    );

    await page.getByRole("link", { name: "日本語" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "ページが見つかりません" }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page).toHaveTitle("ページが見つかりません · Tsunagu");
  });
});
