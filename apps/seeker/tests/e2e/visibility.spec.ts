import { findCandidates } from "@tsunagu/api";
import type { Page } from "@playwright/test";
import {
  employerAccount,
  expect,
  expectAccessible,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

// The employer's search runs in this test process (the employer app is not started for seeker
// journeys); it reads the index with the master key that global setup hands to test workers.
process.env.MEILI_API_KEY ??= process.env.MEILI_MASTER_KEY;

async function atPhoneWidth(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe("visibility", () => {
  test("a new seeker goes searchable, a company finds the resume, and private hides it again", async ({
    page,
    db,
  }) => {
    const headline = `Night-shift forklift lead ${Date.now().toString(36)}`;
    const seeker = await seekerAccount(db, { locale: "en", profile: { headline } });
    const employer = await employerAccount(db);
    const caller = { companyId: employer.company.id, memberId: employer.member.id };
    const found = async () =>
      (await findCandidates(db, caller, { query: headline })).candidates.some(
        (c) => c.id === seeker.profile.searchKey,
      );

    await signIn(page, seeker.email);
    await page.getByRole("link", { name: "Visibility" }).first().click();
    await expect(page).toHaveTitle(/Who can find your resume · Tsunagu/);
    await expect(page.getByRole("heading", { level: 1, name: "Who can find your resume" })).toBeVisible();
    await expect(page.getByText("Your resume is private now.")).toBeVisible();
    await expectAccessible(page);
    await atPhoneWidth(page);

    // Searchable needs the consent, which is never ticked for the seeker.
    const consent = page.getByLabel(/I agree that Tsunagu shows my resume/);
    await expect(consent).not.toBeChecked();
    await page.getByLabel("Searchable").check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Tick the box to agree before making your resume searchable.")).toBeVisible();
    expect(await found()).toBe(false);

    await consent.check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("current-visibility")).toHaveText("Your resume is searchable now.");
    await expect(page.getByText(/You agreed to be found on/)).toBeVisible();
    await expect.poll(found, { timeout: 10_000 }).toBe(true);

    await page.getByLabel("Private").check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("current-visibility")).toHaveText("Your resume is private now.");
    // R4: gone from the commit on, whatever the index still holds.
    expect(await found()).toBe(false);
  });
});
