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

  test("a blocked company neither finds nor counts the resume until it is unblocked", async ({ page, db }) => {
    test.setTimeout(90_000);
    const headline = `Harbour crane operator ${Date.now().toString(36)}`;
    const seeker = await seekerAccount(db, { locale: "en", searchable: true, profile: { headline } });
    const employer = await employerAccount(db);
    const company = employer.company;
    const caller = { companyId: company.id, memberId: employer.member.id };
    const search = async () => {
      const result = await findCandidates(db, caller, { query: headline });
      return {
        found: result.candidates.some((c) => c.id === seeker.profile.searchKey),
        counted: result.estimatedTotalHits,
      };
    };
    // The count is the company's total for the query, which may hold other, partial matches
    // (a retry's seeker from the first attempt): this seeker is one of them until blocked.
    await expect.poll(async () => (await search()).found, { timeout: 15_000 }).toBe(true);
    const countedBefore = (await search()).counted;

    await signIn(page, seeker.email);
    await page.goto("/visibility");
    await page.getByRole("link", { name: "Blocked companies" }).click();
    await expect(page).toHaveTitle(/Companies you block · Tsunagu/);
    await expect(page.getByRole("heading", { level: 1, name: "Companies you block" })).toBeVisible();
    await expect(page.getByText("You block no company.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "What a block cannot prevent" })).toBeVisible();

    // The picker is a GET form: the results are a page of their own, with the identity shown.
    await page.getByLabel("Company name").fill(company.name);
    await page.getByRole("button", { name: "Search" }).click();
    const results = page.getByRole("list", { name: "Companies found" });
    const hint = company.website ? `Website: ${new URL(company.website).host}` : `Tsunagu profile: ${company.slug}`;
    await expect(results.getByText(hint)).toBeVisible();
    await expectAccessible(page);
    await atPhoneWidth(page);
    await results.getByRole("button", { name: `Block ${company.name}` }).click();
    await expect(page.getByRole("status")).toHaveText("The company is blocked.");
    const blocked = page.getByRole("list", { name: "Blocked companies" });
    await expect(blocked.getByText(company.name, { exact: true })).toBeVisible();
    // R4: the block holds from the commit on, in the results and in the count.
    await expect
      .poll(search, { timeout: 15_000 })
      .toEqual({ found: false, counted: countedBefore - 1 });

    // Email domains: typed as an address, kept as a lower-case domain, removable.
    await page.getByLabel(/Email domain/).fill("Someone@Harbour-Example.CO.JP");
    await page.getByRole("button", { name: "Block domain" }).click();
    await expect(page.getByRole("status")).toHaveText("The email domain is blocked.");
    const domains = page.getByRole("list", { name: "Blocked email domains" });
    await expect(domains.getByText("harbour-example.co.jp", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Unblock harbour-example.co.jp" }).click();
    await expect(page.getByRole("status")).toHaveText("The email domain is no longer blocked.");
    await expect(page.getByRole("list", { name: "Blocked email domains" })).toHaveCount(0);
    await page.getByLabel(/Email domain/).fill("not a domain");
    await page.getByRole("button", { name: "Block domain" }).click();
    await expect(page.getByRole("list", { name: "Blocked email domains" })).toHaveCount(0);

    // A name no company has yet is kept, and can be dropped.
    const absent = `Nowhere Logistics ${Date.now().toString(36)}`;
    await page.getByLabel("Company name").fill(absent);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText(`No company on Tsunagu is called “${absent}” yet.`)).toBeVisible();
    await expect(page.getByLabel("Name to keep")).toHaveValue(absent);
    await page.getByRole("button", { name: "Keep this name" }).click();
    await expect(page.getByRole("status")).toHaveText(/The name is kept/);
    await page.getByRole("button", { name: `Remove “${absent}”` }).click();
    await expect(page.getByRole("status")).toHaveText("The kept name is removed.");
    await expect(page.getByText(absent, { exact: true })).toHaveCount(0);

    await page.getByRole("button", { name: `Unblock ${company.name}` }).click();
    await expect(page.getByRole("status")).toHaveText("The company is no longer blocked.");
    await expect(page.getByText("You block no company.")).toBeVisible();
    await expect
      .poll(search, { timeout: 15_000 })
      .toEqual({ found: true, counted: countedBefore });
  });

  test("the current employer is blocked by itself, and the page says why", async ({ page, db }) => {
    const employer = await employerAccount(db);
    const company = employer.company;
    const seeker = await seekerAccount(db, {
      locale: "en",
      searchable: true,
      currentEmployer: { id: company.id, name: company.name },
    });
    await signIn(page, seeker.email);
    await page.goto("/visibility/blocks");
    const blocked = page.getByRole("list", { name: "Blocked companies" });
    await expect(blocked.getByText(company.name, { exact: true })).toBeVisible();
    await expect(
      blocked.getByText("Added because your work history says you work there. You may remove it."),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test("the preview shows the search projection and no personal field", async ({ page, db }) => {
    const marker = Date.now().toString(36);
    const headline = `Cold-chain warehouse planner ${marker}`;
    // A station name of its own: a random one can be a city the summary names as a wish.
    const seeker = await seekerAccount(db, {
      locale: "en",
      profile: { headline, nearestStation: `Kiyosumi-${marker}` },
    });
    const jobs = await db.workExperience.findMany({ where: { profileId: seeker.profile.id } });
    await signIn(page, seeker.email);
    await page.goto("/visibility");
    await page.getByRole("link", { name: "See what employers see" }).click();
    await expect(page).toHaveTitle(/See what employers see · Tsunagu/);
    await expect(page.getByRole("heading", { level: 1, name: "See what employers see" })).toBeVisible();
    await expect(page.getByText(/Your resume is private, so no company sees it now/)).toBeVisible();
    const view = page.getByTestId("candidate-view");
    await expect(view.getByRole("heading", { level: 2, name: headline })).toBeVisible();
    const shown = await view.innerText();
    const p = seeker.profile;
    const personal = [p.firstName, p.lastName, p.phone, p.nearestStation, seeker.email, ...jobs.map((j) => j.employerName)];
    for (const value of personal.filter((v): v is string => Boolean(v && v.length > 2))) {
      expect(shown).not.toContain(value);
    }
    await expect(page.getByRole("heading", { level: 2, name: /Never shown to a company/ })).toBeVisible();
    await expect(page.getByText("Your email address and phone number")).toBeVisible();
    await expectAccessible(page);
    await atPhoneWidth(page);
  });
});
