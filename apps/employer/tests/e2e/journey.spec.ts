import type { APIRequestContext } from "@playwright/test";
import { hashPassword } from "@tsunagu/auth";
import { createJob, createSeeker, uniqueSuffix } from "@tsunagu/db/testing";
import type { Db } from "@tsunagu/db";
import { appUrl, E2E_APPS } from "../../../../tests/e2e/apps";
import {
  adminAccount,
  employerAccount,
  expect,
  expectAccessible,
  mail,
  PASSWORD,
  sessionCookieFor,
  signIn,
  test,
  uniqueEmail,
} from "../../../../tests/e2e/fixtures";

const seekerApp = E2E_APPS.find((app) => app.name === "seeker");
const adminApp = E2E_APPS.find((app) => app.name === "admin");

/** A platform admin's call to the admin app's tRPC API, as the admin console will make it. */
async function adminCall(
  request: APIRequestContext,
  db: Db,
  path: string,
  input: Record<string, string>,
) {
  const origin = appUrl(adminApp!);
  const admin = await adminAccount(db);
  const response = await request.post(`${origin}/api/trpc/${path}`, {
    headers: {
      Cookie: await sessionCookieFor(db, admin.id, "ADMIN"),
      Origin: origin,
      "Content-Type": "application/json",
    },
    data: input,
  });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
}

test.describe("the paying employer's journey (F10–F13, F16)", () => {
  test.skip(!seekerApp || !adminApp, "needs the seeker and admin apps too (E2E_APPS unset)");

  test("signs up, gets verified, pays a plan, searches in Japanese and Vietnamese, invites; the seeker accepts; contact, ledgers and audit log agree; another company sees none of it; a lapsed plan closes search", async ({
    page,
    browser,
    db,
    request,
  }) => {
    test.setTimeout(240_000);
    const word = uniqueSuffix();

    // A searchable Vietnamese welder, whose resume says "hàn" (welding) and nothing else.
    const welder = await createSeeker(db, {
      searchable: true,
      locale: "vi",
      resume: "empty",
      profile: { headline: `Thợ hàn ${word}`, summary: null, phone: "+819012345678" },
    });
    await db.skill.create({ data: { profileId: welder.profile.id, name: "hàn" } });
    await db.user.update({
      where: { id: welder.user.id },
      data: { passwordHash: await hashPassword(PASSWORD) },
    });

    // 1. The owner signs up and confirms the address.
    const email = uniqueEmail("journey-owner");
    const companyName = `Minato Welding ${word} 株式会社`;
    await page.goto("/sign-up");
    await page.getByLabel("Company name").fill(companyName);
    await page.getByLabel("Your name").fill("Sato Ken");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
    const welcome = await mail().waitForMessage(email);
    await page.goto(welcome.text.match(/https?:\/\/\S+\/verify\?token=[\w.-]+/)![0]);
    await page.getByRole("button", { name: "Confirm your email address" }).click();
    await signIn(page, email);
    const owner = await db.user.findUniqueOrThrow({
      where: { email },
      select: { membership: { select: { id: true, companyId: true } } },
    });
    const companyId = owner.membership!.companyId;

    // 2. An unverified company cannot search; the platform team verifies it.
    await page.goto("/search");
    await expect(
      page.getByText("Resume search and invitations open once the company is verified."),
    ).toBeVisible();
    await adminCall(request, db, "companies.verify", { companyId });

    // 3. The free plan has no search; the owner buys Standard by manual invoice.
    await page.goto("/search");
    await expect(page.getByText("Resume search needs a paid plan")).toBeVisible();
    await page.getByRole("link", { name: "Billing", exact: true }).first().click();
    const standard = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Standard" }) });
    await standard.getByRole("button", { name: "Choose Standard" }).click();
    await expect(page.getByText(/Invoice TSU-\d{4}-\d{6,} was issued/)).toBeVisible();
    const invoice = await db.invoice.findFirstOrThrow({ where: { companyId, status: "OPEN" } });
    await adminCall(request, db, "billing.markInvoicePaid", { invoiceId: invoice.id });
    await page.reload();
    await expect(
      page.getByTestId("current-plan").getByRole("heading", { name: "Current plan: Standard" }),
    ).toBeVisible();
    const job = await createJob(db, {
      companyId,
      status: "OPEN",
      job: { title: `Welder ${word}` },
    });

    // 4. Search in Japanese: 溶接 finds the resume that says "hàn".
    await page.getByRole("link", { name: "Search", exact: true }).first().click();
    await expect(page.getByText(/Searches left today: \d+ of 200/)).toBeVisible();
    await expect(async () => {
      await page.goto(`/search?q=${encodeURIComponent(`溶接 ${word}`)}`);
      await expect(page.getByRole("link", { name: `Thợ hàn ${word}` })).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 60_000 });
    // In Vietnamese, with the skill facet.
    await page.goto(`/search?q=${encodeURIComponent(`hàn ${word}`)}&lng=vi`);
    await page.getByRole("group", { name: "Kỹ năng" }).getByLabel(/^hàn \(\d+\)$/).check();
    await expect(page).toHaveURL(/skills=h%C3%A0n/);
    await expect(page.getByRole("link", { name: `Thợ hàn ${word}` })).toBeVisible();
    await page.goto("/search?lng=en");

    // 5. The redacted candidate, opened for the job; then the invitation.
    await page.goto(`/candidates/${welder.profile.searchKey}`);
    await page
      .getByLabel("Purpose", { exact: true })
      .selectOption({ label: `For the job: Welder ${word}` });
    await page.getByRole("button", { name: "Open the resume" }).click();
    await expect(page.getByTestId("candidate-view")).toContainText(`Thợ hàn ${word}`);
    expect(await page.locator("main").innerText()).not.toContain(welder.user.email);
    await page.getByRole("combobox", { name: /^Job/ }).selectOption({ label: `Welder ${word}` });
    await page.getByLabel("Salary from").fill("4200000");
    await page.getByLabel("Salary up to").fill("5400000");
    await page.getByLabel("We support the visa").check();
    await page.getByLabel("Message").fill("We are hiring welders for our Yokohama plant.");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText("Invitation sent. It stays open for 30 days.")).toBeVisible();
    const invitation = await db.invitation.findFirstOrThrow({
      where: { profileId: welder.profile.id, jobId: job.id },
    });

    // 6. The seeker accepts in the seeker app, and sees the company in their ledger.
    const seekerContext = await browser.newContext({ baseURL: appUrl(seekerApp!) });
    const seekerPage = await seekerContext.newPage();
    await signIn(seekerPage, welder.user.email);
    await seekerPage.goto(`/invitations/${invitation.id}?lng=en`);
    await seekerPage
      .getByRole("button", { name: `Accept and share my contact details with ${companyName}` })
      .click();
    await expect(seekerPage.getByText("Accepted", { exact: true })).toBeVisible();
    await seekerPage.goto("/privacy/disclosures?lng=en");
    const records = seekerPage.getByRole("listitem").filter({ hasText: companyName });
    await expect(records.filter({ hasText: "Received your contact details" })).toHaveCount(1);
    // Each showing of the resume is a view (opening it, and the page again after inviting).
    const views = await db.disclosureLedgerEntry.count({
      where: { profileId: welder.profile.id, kind: "RESUME_VIEW" },
    });
    expect(views).toBeGreaterThan(0);
    await expect(records.filter({ hasText: "Viewed your redacted resume" })).toHaveCount(views);
    await seekerContext.close();

    // 7. The company sees the contact details, and its audit log the view and the reveal.
    await page.goto(`/invitations/${invitation.id}`);
    await expect(page.getByTestId("contact")).toContainText(welder.user.email);
    await expect(page.getByTestId("contact")).toContainText("+819012345678");
    await page.getByRole("link", { name: "Audit log", exact: true }).first().click();
    await expect(page.getByRole("cell", { name: "Resume viewed" }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "Contact details revealed" })).toBeVisible();
    await expectAccessible(page);

    // 8. A recruiter of another company sees none of it.
    const other = await employerAccount(db, { plan: "pro", role: "RECRUITER" });
    const otherContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const otherPage = await otherContext.newPage();
    await signIn(otherPage, other.email);
    await otherPage.goto("/invitations");
    await expect(otherPage.getByText(`Welder ${word}`)).toHaveCount(0);
    const response = await otherPage.goto(`/invitations/${invitation.id}`);
    expect(response?.status()).toBe(404);
    expect(await otherPage.locator("main").innerText()).not.toContain(welder.user.email);
    await otherContext.close();

    // 9. The period ends unpaid: search closes at once, the invitation stays readable.
    await db.subscription.update({
      where: { companyId },
      data: {
        currentPeriodStart: new Date(Date.now() - 31 * 86_400_000),
        currentPeriodEnd: new Date(Date.now() - 60_000),
      },
    });
    await page.goto(`/search?q=${encodeURIComponent(`溶接 ${word}`)}`);
    await expect(page.getByText("Resume search needs a paid plan")).toBeVisible();
    await expect(page.getByRole("link", { name: `Thợ hàn ${word}` })).toHaveCount(0);
    await page.goto(`/invitations/${invitation.id}`);
    await expect(page.getByTestId("contact")).toContainText(welder.user.email);
  });
});
