import { createSeeker, uniqueSuffix } from "@tsunagu/db/testing";
import {
  employerAccount,
  expect,
  expectAccessible,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

test.describe("saved searches (F12)", () => {
  test("saves a search, sets its alert, renames, runs and deletes it, without losing the search", async ({
    page,
    db,
  }) => {
    test.setTimeout(120_000);
    const word = uniqueSuffix();
    const owner = await employerAccount(db, { plan: "pro" });
    await createSeeker(db, {
      searchable: true,
      locale: "en",
      resume: "empty",
      profile: { headline: `Night-shift welder ${word}`, summary: null },
    });

    await signIn(page, owner.email);
    await page.getByRole("link", { name: "Saved searches" }).first().click();
    await expect(page).toHaveURL(/\/searches$/);
    await expect(page.getByRole("heading", { name: "No saved searches yet" })).toBeVisible();
    await expect(page.getByText(/use “Save this search” below the results/)).toBeVisible();

    // The worker indexes the new resume from the outbox: retry until it is found.
    await expect(async () => {
      await page.goto(`/search?q=${encodeURIComponent(`welder ${word}`)}&sort=recent`);
      await expect(page.getByRole("link", { name: `Night-shift welder ${word}` })).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 60_000 });

    const name = `Welders ${word}`;
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Save search" }).click();
    await expect(
      page.getByText(`Saved “${name}”. You find it under Saved searches.`),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/search\?q=welder/);
    await expect(page.getByRole("link", { name: `Night-shift welder ${word}` })).toBeVisible();

    // The same name again is refused with the reason, and the form keeps the search.
    await page.getByLabel("Name", { exact: true }).fill(name.toUpperCase());
    await page.getByRole("button", { name: "Save search" }).click();
    await expect(page).toHaveURL(/\/searches$/);
    await expect(page.getByText("The search was not saved")).toBeVisible();
    await expect(
      page.getByText("You already have a saved search with this name. Choose another name."),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the search" })).toHaveAttribute(
      "href",
      new RegExp(`/search\\?q=welder.*sort=recent`),
    );

    await page.goto("/searches");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    await expect(card.getByText(`Keywords: “welder ${word}”`)).toBeVisible();
    await expect(card.getByText("Sorted by: Recently updated")).toBeVisible();
    await expectAccessible(page);

    await card.getByLabel(`Email alert for “${name}”`).selectOption({ label: "Daily" });
    await card.getByRole("button", { name: "Save alert" }).click();
    await expect(
      page.getByText(`You will get a daily email when new candidates match “${name}”.`),
    ).toBeVisible();
    await expect(card.getByLabel(`Email alert for “${name}”`)).toHaveValue("DAILY");

    const renamed = `Welders, nights ${word}`;
    await card.getByText(`Rename “${name}”`).click();
    await card.getByLabel("New name").fill(renamed);
    await card.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByText(`Renamed to “${renamed}”.`)).toBeVisible();
    await expect(page.getByRole("heading", { name: renamed })).toBeVisible();

    // At phone width the list needs no sideways scrolling.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole("link", { name: `Run the search “${renamed}”` }).click();
    await expect(page).toHaveURL(/\/search\?q=welder.*sort=recent/);
    await expect(page.getByRole("link", { name: `Night-shift welder ${word}` })).toBeVisible();

    await page.goto("/searches");
    await page.getByText(`Delete “${renamed}”`).click();
    await expect(
      page.getByText(`Delete the saved search “${renamed}” and its alert? This cannot be undone.`),
    ).toBeVisible();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page.getByText(`Deleted “${renamed}”.`)).toBeVisible();
    await expect(page.getByRole("heading", { name: "No saved searches yet" })).toBeVisible();
  });
});
