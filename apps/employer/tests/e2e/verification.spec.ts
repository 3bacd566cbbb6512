import { uniqueSuffix } from "@tsunagu/db/testing";
import {
  employerAccount,
  expect,
  expectAccessible,
  linkIn,
  mail,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

test.describe("company verification (F10)", () => {
  test("the owner of an unverified company cannot search, confirms the domain by email and is verified", async ({
    page,
    db,
  }) => {
    const owner = await employerAccount(db, { plan: "pro" });
    const domain = `minato-${uniqueSuffix()}.example.jp`;
    await db.company.update({
      where: { id: owner.company.id },
      data: { verifiedAt: null, verificationMethod: null, website: `https://www.${domain}/` },
    });
    await signIn(page, owner.email);

    // The API refuses resume search until the company is verified, whatever the plan.
    const searchUrl = `/api/trpc/candidates.find?input=${encodeURIComponent(JSON.stringify({ query: "" }))}`;
    const refused = await page.request.get(searchUrl);
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.data.appCode).toBe("VERIFICATION_REQUIRED");

    // The search page says why and where to go, instead of an error page.
    await page.goto("/search?q=welding");
    await expect(
      page.getByText("Resume search and invitations open once the company is verified."),
    ).toBeVisible();
    await expect(page.getByText(/Searches left today/)).toHaveCount(0);
    await page.getByRole("link", { name: "Verify the company" }).click();
    await expect(page).toHaveURL(/\/company#verification$/);
    const section = page.locator("#verification");
    await expect(section.getByRole("heading", { name: "Verification" })).toBeVisible();
    await expect(section.getByText("Not verified yet.")).toBeVisible();
    await expectAccessible(page);

    // A free-mail address proves nothing; what was typed stays.
    await section.getByLabel("Work email address").fill("owner@gmail.com");
    await section.getByRole("button", { name: "Email me a confirmation link" }).click();
    await expect(page.getByText("A free-mail address cannot confirm a company.")).toBeVisible();
    await expect(page.getByLabel("Work email address")).toHaveValue("owner@gmail.com");

    const address = `hiring.${uniqueSuffix()}@${domain}`;
    await page.getByLabel("Work email address").fill(address);
    await page.getByRole("button", { name: "Email me a confirmation link" }).click();
    await expect(page.getByText(`We sent a link to ${address}`)).toBeVisible();

    const message = await mail().waitForMessage(address);
    const link = linkIn(message.text, "/company/confirm");
    await page.goto(link);
    await expect(page).toHaveTitle(/Confirm the company's domain · Tsunagu/);
    await page.getByRole("button", { name: "Confirm the domain" }).click();
    await expect(page.getByText("The company is verified.")).toBeVisible();

    const company = await db.company.findUniqueOrThrow({ where: { id: owner.company.id } });
    expect(company.verificationMethod).toBe("DOMAIN_EMAIL");
    await page.goto("/company");
    await expect(page.locator("#verification").getByText(/Verified on/)).toBeVisible();
    const allowed = await page.request.get(searchUrl);
    expect(allowed.status()).not.toBe(403);
    await page.goto("/search?q=welding");
    await expect(page.getByText(/Searches left today: \d+ of \d+/)).toBeVisible();
    await expect(page.getByText("open once the company is verified")).toHaveCount(0);

    // The link works once.
    await page.goto(link);
    await expect(page.getByText("The company is verified.")).toBeVisible();
  });
});
