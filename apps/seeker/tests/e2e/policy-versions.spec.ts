import { POLICY_VERSIONS } from "@tsunagu/schemas/policy";
import {
  expect,
  expectAccessible,
  PASSWORD,
  seekerAccount,
  test,
} from "../../../../tests/e2e/fixtures";

const [first, current] = [POLICY_VERSIONS[0]!, POLICY_VERSIONS.at(-1)!];

test.describe("policy versions", () => {
  test("the policy is a public page with its version, effective date and history, in every language", async ({
    page,
    consoleGuard,
  }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "How we protect your data" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Privacy policy" })).toBeVisible();
    await expect(
      page.getByText(`Version ${current.version}, in force from December 1, 2026`).first(),
    ).toBeVisible();
    await expect(page.getByTestId("policy-text")).toContainText("relocation and visa services");
    await expectAccessible(page);

    // An earlier version stays readable as it was published.
    await page.getByRole("link", { name: new RegExp(`Version ${first.version}`) }).click();
    await expect(page).toHaveURL(new RegExp(`version=${first.version}`));
    await expect(page.getByText("This is an earlier version")).toBeVisible();
    await expect(page.getByTestId("policy-text")).not.toContainText("relocation and visa services");

    await page.goto("/privacy-policy?lng=vi");
    await expect(
      page.getByRole("heading", { level: 1, name: "Chính sách quyền riêng tư" }),
    ).toBeVisible();
    await page.goto("/privacy-policy?lng=ja");
    await expect(
      page.getByRole("heading", { level: 1, name: "プライバシーポリシー" }),
    ).toBeVisible();
    expect((await page.goto("/privacy-policy?version=1999-01-01"))?.status()).toBe(404);
    consoleGuard.allow(/404/);
  });

  test("a new version that changes a purpose asks at sign-in; keeping it records consent against the new version", async ({
    page,
    db,
  }) => {
    const seeker = await seekerAccount(db, {
      locale: "en",
      consents: ["PARTNER_OFFERS", "NEWSLETTER"],
    });
    await page.goto("/jobs");
    await page.goto("/sign-in?redirectTo=%2Fjobs");
    await page.getByLabel("Email address").fill(seeker.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await expect(page).toHaveURL(/\/privacy\/review/, { timeout: 15_000 });
    await expect(
      page.getByRole("heading", { level: 1, name: "Review a change to the privacy policy" }),
    ).toBeVisible();
    const item = page.getByRole("region", { name: "Offers from partners" });
    await expect(item).toContainText(`You agreed under version ${first.version}`);
    await expect(item).toContainText("relocation and visa services");
    // Only the changed purpose is asked about.
    await expect(page.getByRole("region", { name: "Newsletter" })).toHaveCount(0);
    await expectAccessible(page);

    await item
      .getByRole("button", { name: `Keep my agreement (version ${current.version})` })
      .click();
    await expect(page).toHaveURL(/\/jobs\?reviewed=1/);

    const latest = await db.consentEvent.findFirst({
      where: { userId: seeker.user.id, purpose: "PARTNER_OFFERS" },
      orderBy: { occurredAt: "desc" },
    });
    expect(latest).toMatchObject({ granted: true, policyVersion: current.version });

    // Nothing left to review: the privacy center shows no prompt, the review page says so.
    await page.goto("/privacy");
    await expect(
      page.getByText("The privacy policy changed for something you agreed to."),
    ).toHaveCount(0);
    await page.goto("/privacy/review");
    await expect(page.getByText("There is nothing to review")).toBeVisible();
  });

  test("deciding later leaves the consent as it was; the privacy center asks again, and withdrawing there ends it", async ({
    page,
    db,
  }) => {
    const seeker = await seekerAccount(db, { locale: "en", consents: ["PARTNER_OFFERS"] });
    await page.goto("/sign-in?redirectTo=%2Fjobs");
    await page.getByLabel("Email address").fill(seeker.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/privacy\/review/, { timeout: 15_000 });
    await page.getByRole("link", { name: "Decide later" }).click();
    await expect(page).toHaveURL(/\/jobs$/);

    await page.goto("/privacy");
    const prompt = page.getByText("The privacy policy changed for something you agreed to.");
    await expect(prompt).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Review it" }).click();
    await page
      .getByRole("region", { name: "Offers from partners" })
      .getByRole("button", { name: "Withdraw" })
      .click();

    await expect(page).toHaveURL(/\/privacy\?reviewed=1/);
    await expect(prompt).toHaveCount(0);
    const partners = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /Offers from partners/ }) });
    await expect(partners.getByText("Off", { exact: true })).toBeVisible();
    const latest = await db.consentEvent.findFirst({
      where: { userId: seeker.user.id, purpose: "PARTNER_OFFERS" },
      orderBy: { occurredAt: "desc" },
    });
    expect(latest).toMatchObject({ granted: false, policyVersion: current.version });
  });
});
