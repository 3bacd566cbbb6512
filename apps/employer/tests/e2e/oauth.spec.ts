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

test("a new company signs up with Google: the provider vouches for the address, the company is named here", async ({
  page,
}) => {
  const issuer = localIssuer();
  const errors = watchConsoleOutside(page, issuer);
  const founder = uniqueEmail("founder");

  await page.goto("/sign-up");
  await expect(page.getByRole("button", { name: "Continue with Facebook" })).toHaveCount(0);
  await page.getByRole("button", { name: "Continue with Google" }).click();
  await signInAtProvider(page, founder);

  await expect(page.getByRole("heading", { level: 1, name: "Almost done" })).toBeVisible();
  expect(await db.user.count({ where: { email: founder } })).toBe(0);
  await page.getByLabel("Your name").fill("Ren Sato");
  // Blank for the server, though not for the browser's own check of required fields.
  await page.getByLabel("Company name").fill("   ");
  await page.getByRole("button", { name: "Create account" }).click();
  // Nothing typed is lost when a field is refused.
  await expect(page.getByText("Enter the company name (up to 200 characters).")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Ren Sato");
  await page.getByLabel("Company name").fill("Sato Shipping");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL("/account");
  await expect(page.getByText(`Signed in as ${founder}`)).toBeVisible();
  const user = await db.user.findUniqueOrThrow({
    where: { email: founder },
    select: { emailVerifiedAt: true, membership: { select: { role: true } } },
  });
  expect(user.membership?.role).toBe("OWNER");
  expect(user.emailVerifiedAt).not.toBeNull();
  expect(errors).toEqual([]);
});

test("an address the provider did not verify is refused, and nothing is created", async ({
  page,
}) => {
  const issuer = localIssuer();
  const errors = watchConsoleOutside(page, issuer);
  const stranger = uniqueEmail("stranger");

  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue with Google" }).click();
  await signInAtProvider(page, `unverified:${stranger}`);

  await expect(page).toHaveURL(/\/sign-in\?oauthError=unverified-email/);
  await expect(
    page.getByText("Google has not confirmed the email address of this account"),
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
