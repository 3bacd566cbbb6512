import { createEmployerMember } from "@tsunagu/db/testing";
import {
  employerAccount,
  expect,
  expectAccessible,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

/** A valid corporate number no other run uses: twelve random digits and their check digit. */
function freshCorporateNumber(): string {
  const base = Array.from({ length: 12 }, () => Math.floor(Math.random() * 10)).join("");
  let sum = 0;
  for (let i = 1; i <= 12; i++) sum += Number(base[12 - i]) * (i % 2 === 1 ? 1 : 2);
  return `${9 - (sum % 9)}${base}`;
}

test.describe("company profile", () => {
  test("an owner gives the company its corporate number; a wrong check digit is explained and nothing typed is lost", async ({
    page,
    db,
  }) => {
    const owner = await employerAccount(db);
    await signIn(page, owner.email);
    await page.getByRole("link", { name: "Company" }).first().click();
    await expect(page).toHaveTitle(/Company profile · Tsunagu/);
    await expect(page.getByRole("heading", { level: 1, name: "Company profile" })).toBeVisible();
    await expect(page.getByLabel("Company name")).toHaveValue(owner.company.name);

    await page.getByLabel("About the company").fill("Cold-chain warehouses in Kanagawa.");
    await page.getByLabel("Corporate number (法人番号)").fill("7000-01-2050003");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("This is not a valid corporate number")).toBeVisible();
    await expect(page.getByLabel("About the company")).toHaveValue(
      "Cold-chain warehouses in Kanagawa.",
    );

    const number = freshCorporateNumber();
    await page
      .getByLabel("Corporate number (法人番号)")
      .fill(`${number.slice(0, 4)}-${number.slice(4, 6)}-${number.slice(6)}`);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Corporate number (法人番号)")).toHaveValue(number);
    await expectAccessible(page);

    // The same identity cannot be claimed by a second company.
    const other = await employerAccount(db);
    const otherPage = await page
      .context()
      .browser()!
      .newPage({ baseURL: test.info().project.use.baseURL });
    await signIn(otherPage, other.email);
    await otherPage.goto("/company");
    await otherPage.getByLabel("Corporate number (法人番号)").fill(number);
    await otherPage.getByRole("button", { name: "Save" }).click();
    await expect(
      otherPage.getByText("Another company on Tsunagu already has this identity."),
    ).toBeVisible();
    await otherPage.close();
  });

  test("a recruiter reads the profile but cannot change it; the page works at phone width in Japanese", async ({
    page,
    db,
  }) => {
    const owner = await employerAccount(db);
    const recruiter = await createEmployerMember(db, {
      companyId: owner.company.id,
      role: "RECRUITER",
    });
    await db.user.update({
      where: { id: recruiter.user.id },
      data: {
        passwordHash: (await db.user.findUniqueOrThrow({ where: { id: owner.user.id } }))
          .passwordHash,
      },
    });
    await signIn(page, recruiter.user.email);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/company?lng=ja");
    await expect(page.getByRole("heading", { level: 1, name: "企業プロフィール" })).toBeVisible();
    await expect(
      page.getByText("プロフィールを変更できるのは企業のオーナーだけです。"),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "保存" })).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow).toBe(false);
    await expectAccessible(page);
  });
});
