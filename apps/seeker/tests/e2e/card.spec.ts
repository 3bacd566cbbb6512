import type { Browser, Page } from "@playwright/test";
import {
  expect,
  expectAccessible,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

/** A visitor with no cookies of the seeker: a fresh browser context. */
async function visit(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(url);
  return { page, response, close: () => context.close() };
}

async function fitsAtPhoneWidth(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(
    false,
  );
  await page.setViewportSize({ width: 1280, height: 800 });
}

const robotsMeta = (page: Page) => page.locator('meta[name="robots"]');

test.describe("networking card", () => {
  test("turn on, share, make a new link, opt in to search engines, turn off", async ({
    page,
    db,
    browser,
  }) => {
    test.setTimeout(90_000); // many page loads across two browser contexts
    const seeker = await seekerAccount(db, { resume: "full", locale: "en" });
    const { person } = seeker.resume;
    await signIn(page, seeker.email);

    await page.goto("/visibility");
    await page.getByRole("link", { name: "Networking card" }).click();
    await expect(page).toHaveTitle(/Your networking card · Tsunagu/);
    await expect(page.getByText("Turn the card on to get a link.")).toBeVisible();
    const searchEngines = page.getByLabel("Let search engines such as Google list my card");
    await expect(searchEngines).not.toBeChecked();
    await expectAccessible(page);
    await fitsAtPhoneWidth(page);

    await page.getByLabel("Show my networking card").check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Your card settings are saved." }),
    ).toBeVisible();
    const firstUrl = (await page.getByTestId("card-url").textContent())!.trim();
    expect(firstUrl).toMatch(/\/card\/[a-z2-7]{24}$/);
    expect(firstUrl.toLowerCase()).not.toContain((person.firstName ?? "").toLowerCase());
    await expect(searchEngines).not.toBeChecked();

    // The public card, as someone the seeker shared the link with sees it.
    const first = await visit(browser, firstUrl);
    expect(first.response?.status()).toBe(200);
    expect(first.response?.headers()["x-robots-tag"]).toContain("noindex");
    await expect(robotsMeta(first.page)).toHaveAttribute("content", /noindex/);
    const card = first.page.getByTestId("networking-card");
    await expect(
      first.page.getByRole("heading", { level: 1, name: person.firstName! }),
    ).toBeVisible();
    await expect(first.page).toHaveTitle(`${person.firstName}'s networking card · Tsunagu`);
    for (const secret of [seeker.email, person.lastName, person.phone, person.nearestStation]) {
      if (secret) await expect(card).not.toContainText(secret);
    }
    for (const job of seeker.resume.workExperiences)
      await expect(card).not.toContainText(job.employerName);
    await expectAccessible(first.page);
    await fitsAtPhoneWidth(first.page);

    // A new link: the old one answers exactly as a link that never existed.
    await page.getByRole("button", { name: "Make a new link" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Your card has a new link." }),
    ).toBeVisible();
    await expect(page.getByTestId("card-url")).not.toHaveText(firstUrl);
    const secondUrl = (await page.getByTestId("card-url").textContent())!.trim();
    expect(secondUrl).toMatch(/\/card\/[a-z2-7]{24}$/);
    const old = await first.page.goto(firstUrl);
    expect(old?.status()).toBe(404);
    await expect(
      first.page.getByRole("heading", { level: 1, name: "Card not available" }),
    ).toBeVisible();
    await expect(first.page).toHaveTitle(/Card not available · Tsunagu/);
    await expectAccessible(first.page);
    const never = await first.page.goto(new URL("/card/aaaaaaaaaaaaaaaaaaaaaaaa", firstUrl).href);
    expect(never?.status()).toBe(404);
    await expect(
      first.page.getByRole("heading", { level: 1, name: "Card not available" }),
    ).toBeVisible();
    await first.close();

    // Opting in to search engines drops noindex.
    await searchEngines.check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Your card settings are saved." }),
    ).toBeVisible();
    const listed = await visit(browser, secondUrl);
    expect(listed.response?.status()).toBe(200);
    expect(listed.response?.headers()["x-robots-tag"]).toBeUndefined();
    await expect(
      listed.page.getByRole("heading", { level: 1, name: person.firstName! }),
    ).toBeVisible();
    await expect(robotsMeta(listed.page)).toHaveCount(0);

    // Off: the same 404 as an unknown link, at once.
    await page.getByLabel("Show my networking card").uncheck();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(/Your card is off\./)).toBeVisible();
    const off = await listed.page.goto(secondUrl);
    expect(off?.status()).toBe(404);
    expect(off?.headers()["x-robots-tag"]).toContain("noindex");
    await expect(listed.page.getByText("This card is not available.")).toBeVisible();
    await listed.close();
  });

  for (const [lng, title, notAvailable] of [
    ["vi", "Danh thiếp kết nối của bạn", "Danh thiếp không khả dụng"],
    ["ja", "ネットワーキングカード", "カードを表示できません"],
  ] as const) {
    test(`the card pages in ${lng}`, async ({ page, db, consoleGuard }) => {
      consoleGuard.allow(/status of 404/);
      const seeker = await seekerAccount(db, { resume: "full", locale: lng });
      await signIn(page, seeker.email);
      await page.goto(`/visibility/card?lng=${lng}`);
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expectAccessible(page);
      const response = await page.goto(`/card/aaaaaaaaaaaaaaaaaaaaaaaa?lng=${lng}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: notAvailable })).toBeVisible();
      await expectAccessible(page);
    });
  }
});
