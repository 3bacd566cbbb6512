import { expect, test } from "@playwright/test";
import { createDb, type Db } from "@tsunagu/db";
import { employerAccount, uniqueEmail } from "../../../../tests/e2e/fixtures";
import {
  localIssuer,
  signInAtProvider,
  watchConsoleOutside,
} from "../../../../tests/e2e/local-oidc-pages";

let db: Db;

test.beforeAll(() => {
  db = createDb(process.env.DATABASE_URL ?? "");
});

test.afterAll(async () => {
  await db.$disconnect();
});

test("a company owner signs in with Google (a real local OpenID provider) and lands where they were going", async ({
  page,
}) => {
  const issuer = localIssuer();
  const errors = watchConsoleOutside(page, issuer);
  const owner = await employerAccount(db);

  await page.goto("/members");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fmembers/);
  // Facebook is for seekers only, even when configured.
  await expect(page.getByRole("button", { name: "Continue with Facebook" })).toHaveCount(0);
  await page.getByRole("button", { name: "Continue with Google" }).click();
  await expect(page).toHaveURL(new RegExp(`^${issuer}`));
  await signInAtProvider(page, owner.email);

  await expect(page).toHaveURL("/members");
  await page.goto("/account");
  await expect(page.getByText(`Signed in as ${owner.email}`)).toBeVisible();
  const links = await db.oAuthAccount.findMany({
    where: { userId: owner.user.id },
    select: { provider: true },
  });
  expect(links).toEqual([{ provider: "GOOGLE" }]);
  expect(errors).toEqual([]);
});

test("an address no company account uses is told what to do, and nothing is created", async ({
  page,
}) => {
  const issuer = localIssuer();
  const errors = watchConsoleOutside(page, issuer);
  const stranger = uniqueEmail("stranger");

  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Google" }).click();
  await signInAtProvider(page, stranger);

  await expect(page).toHaveURL(/\/sign-in\?oauthError=no-account/);
  await expect(
    page.getByText("No company account uses the email address of this Google account."),
  ).toBeVisible();
  expect(await db.user.count({ where: { email: stranger } })).toBe(0);
  expect(errors).toEqual([]);
});
