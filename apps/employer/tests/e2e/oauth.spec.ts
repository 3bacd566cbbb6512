import { expect, test } from "@playwright/test";
import { createDb, type Db } from "@tsunagu/db";
import { employerAccount, signIn, uniqueEmail } from "../../../../tests/e2e/fixtures";
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

test("an owner connects a Google account of another address in account settings, then signs in with it", async ({
  page,
}) => {
  const issuer = localIssuer();
  const errors = watchConsoleOutside(page, issuer);
  const owner = await employerAccount(db);
  const googleLogin = uniqueEmail("owner-private");
  await signIn(page, owner.email);
  await expect(page).toHaveURL("/account");

  const connections = page.getByRole("heading", { level: 2, name: "Sign in with another account" });
  await expect(connections).toBeVisible();
  await page.getByRole("button", { name: "Connect Google" }).click();
  await signInAtProvider(page, googleLogin);
  await expect(page.getByText("Google is connected. You can now sign in with it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Disconnect Google" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
  // The provider remembers who signed in there; start afresh, as on another day (cookies are
  // per host, and the provider shares 127.0.0.1 with the app).
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Continue with Google" }).click();
  await signInAtProvider(page, googleLogin);
  await expect(page).toHaveURL("/account");
  await expect(page.getByText(`Signed in as ${owner.email}`)).toBeVisible();
  expect(errors).toEqual([]);
});
