import type { BrowserContext, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../../../../tests/e2e/fixtures";

/** F9: only necessary cookies until the visitor chooses; declining works and is remembered. */
const banner = (page: Page) => page.getByRole("region", { name: "Cookie choice" });

/** The optional cookie: the language remembered across visits (a persistent `lng`). */
async function rememberedLanguage(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === "lng" && cookie.expires > 0);
}

test.describe("cookie consent", () => {
  test("a new visitor sees both answers equally prominent; declining is remembered and sets no optional cookie", async ({
    page,
    context,
  }) => {
    await page.goto("/jobs");
    const region = banner(page);
    await expect(region).toBeVisible();
    const accept = region.getByRole("button", { name: "Accept optional cookies" });
    const decline = region.getByRole("button", { name: "Decline optional cookies" });
    const [acceptBox, declineBox] = [await accept.boundingBox(), await decline.boundingBox()];
    expect(acceptBox && declineBox).toBeTruthy();
    expect(acceptBox!.width).toBeCloseTo(declineBox!.width, 0);
    expect(acceptBox!.height).toBeCloseTo(declineBox!.height, 0);
    expect(await accept.getAttribute("class")).toBe(await decline.getAttribute("class"));
    await expect(region.getByRole("link", { name: "Cookie policy" })).toHaveAttribute(
      "href",
      "/cookies",
    );
    await expectAccessible(page);

    await decline.click();
    await expect(page).toHaveURL(/\/jobs$/);
    await expect(banner(page)).toHaveCount(0);

    // A language picked after declining lasts the visit only: no remembered (persistent) cookie.
    await page.getByRole("link", { name: "日本語" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    expect(await rememberedLanguage(context)).toBeUndefined();
    const names = (await context.cookies()).map((cookie) => cookie.name).sort();
    expect(names).toEqual(["lng", "tsunagu_cookie_choice"]);

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("region", { name: "Cookie の選択" })).toHaveCount(0);
  });

  test("the footer leads to the policy, which lists every cookie and changes the choice", async ({
    page,
    context,
  }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Cookie settings" }).click();
    await expect(page).toHaveURL(/\/cookies$/);
    await expect(page.getByRole("heading", { level: 1, name: "Cookies" })).toBeVisible();
    await expect(page.getByText("You have not chosen yet")).toBeVisible();
    // The page asks the question itself: no banner on top of it.
    await expect(banner(page)).toHaveCount(0);

    const table = page.getByRole("region", { name: "Every cookie of this site" });
    for (const [name, purpose, lifetime] of [
      ["tsunagu_seeker", "Keeps you signed in to your job-seeker account.", "30 days"],
      ["tsunagu_seeker_device", "Recognises this browser", "365 days"],
      ["tsunagu_seeker_challenge", "two-step code", "10 minutes"],
      ["tsunagu_cookie_choice", "accepted or declined optional cookies", "365 days"],
      ["lng", "Keeps the language you picked while you browse.", "Until you close the browser"],
      ["lng", "Remembers the language you picked for your next visits.", "365 days"],
    ] as const) {
      const row = table
        .getByRole("row")
        .filter({ has: page.getByText(name, { exact: true }) })
        .filter({ hasText: purpose });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(lifetime);
    }
    await expect(table.getByRole("row").filter({ hasText: "Preferences (optional)" })).toHaveCount(
      1,
    );
    await expectAccessible(page);

    await page.getByRole("button", { name: "Accept optional cookies" }).click();
    await expect(page.getByText("You accepted optional cookies.")).toBeVisible();
    await page.getByRole("link", { name: "Tiếng Việt" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    expect(await rememberedLanguage(context)).toBeDefined();

    // Declining later takes the remembered language back to this visit only.
    await page.getByRole("button", { name: "Từ chối cookie tùy chọn" }).click();
    await expect(page.getByText("Bạn đã từ chối cookie tùy chọn")).toBeVisible();
    expect(await rememberedLanguage(context)).toBeUndefined();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });

  test("works without JavaScript", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/jobs");
    await banner(page).getByRole("button", { name: "Decline optional cookies" }).click();
    await expect(page).toHaveURL(/\/jobs$/);
    await expect(banner(page)).toHaveCount(0);
    expect((await context.cookies()).map((cookie) => cookie.name)).toEqual([
      "tsunagu_cookie_choice",
    ]);
    await context.close();
  });
});
