import { uniqueSuffix } from "@tsunagu/db/testing";
import {
  expect,
  expectAccessible,
  PASSWORD,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

test.describe("job alerts (F8)", () => {
  test("without JavaScript, on a phone: a visitor signs in from /jobs, saves the search as an alert, changes how often, renames and deletes it", async ({
    browser,
    db,
  }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    const word = `kiln${uniqueSuffix().replace(/[^a-z0-9]/gi, "")}`;
    const seeker = await seekerAccount(db, { resume: "full", locale: "en" });

    await page.goto(`/jobs?q=${word}&location=Aichi&sort=salary`);
    await page.getByRole("link", { name: "Sign in to save this search as an alert" }).click();
    await page.getByLabel("Email address").fill(seeker.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/jobs\\?q=${word}&location=Aichi`), {
      timeout: 15_000,
    });

    await expect(page.getByLabel("Alert name")).toHaveValue(`${word} · Aichi`);
    await page.getByLabel("How often").selectOption("DAILY");
    await page.getByRole("button", { name: "Save this search as an alert" }).click();
    await expect(page).toHaveURL(/\/jobs\/alerts/);
    await expect(page).toHaveTitle(/Job alerts · Tsunagu/);
    await expect(page.getByText(`Saved “${word} · Aichi”.`)).toBeVisible();
    const card = page.getByRole("listitem").filter({ hasText: `${word} · Aichi` });
    await expect(card.getByRole("heading", { name: `${word} · Aichi` })).toBeVisible();
    await expect(card.getByText(`“${word}”`)).toBeVisible();
    await expect(card.getByText("Aichi", { exact: true })).toBeVisible();
    const profile = await db.seekerProfile.findFirstOrThrow({
      where: { user: { email: seeker.email } },
    });
    expect(await db.jobAlert.findFirstOrThrow({ where: { profileId: profile.id } })).toMatchObject({
      query: word,
      filters: { location: "Aichi" },
      frequency: "DAILY",
    });

    // The "Show newest jobs" link opens the same search, newest first.
    await expect(
      card.getByRole("link", { name: `Show newest jobs for “${word} · Aichi”` }),
    ).toHaveAttribute("href", `/jobs?q=${word}&location=Aichi&sort=recent`);

    await card.getByLabel(`How often for “${word} · Aichi”`).selectOption("WEEKLY");
    await card.getByRole("button", { name: "Change" }).click();
    await expect(
      page.getByText(`“${word} · Aichi” now emails you new jobs once a week.`),
    ).toBeVisible();
    await expect(page.getByLabel(`How often for “${word} · Aichi”`)).toHaveValue("WEEKLY");

    await page.getByText(`Rename “${word} · Aichi”`).click();
    await page.getByLabel("New name").fill("Kilns in Aichi");
    await page.getByRole("button", { name: "Rename", exact: true }).click();
    await expect(page.getByText("Renamed to “Kilns in Aichi”.")).toBeVisible();

    await page.getByText("Delete “Kilns in Aichi”").click();
    await page.getByRole("button", { name: "Delete alert" }).click();
    await expect(page.getByText("The alert “Kilns in Aichi” is deleted.")).toBeVisible();
    await expect(page.getByText("No job alerts yet")).toBeVisible();
    expect(await db.jobAlert.count({ where: { profileId: profile.id } })).toBe(0);
    await context.close();
  });

  test("the alerts page is reachable from /jobs and email settings, accessible, and refuses an eleventh alert with a clear reason", async ({
    page,
    db,
  }) => {
    test.setTimeout(90_000);
    const seeker = await seekerAccount(db, { resume: "full", locale: "en" });
    const profile = await db.seekerProfile.findFirstOrThrow({
      where: { user: { email: seeker.email } },
    });
    await db.jobAlert.createMany({
      data: Array.from({ length: 10 }, (_, n) => ({
        profileId: profile.id,
        name: `Alert ${n + 1}`,
        query: `welder${n}`,
      })),
    });
    await signIn(page, seeker.email);

    await page.goto("/account/email");
    await page.getByRole("link", { name: "Manage your job alerts" }).click();
    await expect(page).toHaveURL(/\/jobs\/alerts$/);
    await expect(page.getByText("10 of at most 10 alerts.")).toBeVisible();
    await expectAccessible(page);

    await page.goto("/jobs?q=forklift");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save this search as an alert" }).click();
    await expect(page).toHaveURL(/\/jobs\/alerts/);
    await expect(page.getByText("The alert was not saved")).toBeVisible();
    await expect(
      page.getByText(
        "You can keep at most 10 job alerts. Delete one you no longer need, then save this one.",
      ),
    ).toBeVisible();
    await expect(page.getByLabel("Alert name")).toHaveValue("forklift");
    expect(await db.jobAlert.count({ where: { profileId: profile.id } })).toBe(10);
  });
});
