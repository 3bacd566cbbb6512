import { expect, test } from "@playwright/test";
import { createDb } from "@tsunagu/db";
import { seekerAccount } from "../../../../tests/e2e/fixtures";
import { LOCAL_OIDC_ACCOUNTS } from "../../../../tests/e2e/local-oidc";
import {
  localIssuer,
  signInAtProvider,
  watchConsoleOutside,
} from "../../../../tests/e2e/local-oidc-pages";

test("sign in with Google (a real local OpenID provider) and create the account", async ({
  page,
}) => {
  const issuer = localIssuer();
  const errors = watchConsoleOutside(page, issuer);
  const account = LOCAL_OIDC_ACCOUNTS.newcomer;

  // Sign-up offers the provider too; only configured providers get a button.
  await page.goto("/sign-up");
  await expect(page.getByRole("button", { name: "Continue with Google" })).toBeVisible();
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Continue with Facebook" })).toHaveCount(0);
  await page.getByRole("button", { name: "Continue with Google" }).click();
  await expect(page).toHaveURL(new RegExp(`^${issuer}`));
  await signInAtProvider(page, account.sub);

  // A new account still passes the age gate.
  await expect(page.getByRole("heading", { level: 1, name: "Almost done" })).toBeVisible();
  await page.getByLabel("Date of birth").fill("1998-09-30");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL("/resume");
  await page.goto("/account");
  await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();

  const db = createDb(process.env.DATABASE_URL ?? "");
  try {
    const user = await db.user.findUniqueOrThrow({
      where: { email: account.email },
      select: { kind: true, emailVerifiedAt: true, oauthAccounts: { select: { provider: true } } },
    });
    expect(user.kind).toBe("SEEKER");
    expect(user.oauthAccounts).toEqual([{ provider: "GOOGLE" }]);
    // Google vouched for the address.
    expect(user.emailVerifiedAt).not.toBeNull();
  } finally {
    await db.$disconnect();
  }
  expect(errors).toEqual([]);
});

test("a seeker whose consent a new policy version changed reviews it first, also when signing in with Google", async ({
  page,
}) => {
  const issuer = localIssuer();
  const errors = watchConsoleOutside(page, issuer);
  const db = createDb(process.env.DATABASE_URL ?? "");
  try {
    // Agreed to partner offers under the first version; the current one changed that purpose.
    const seeker = await seekerAccount(db, { locale: "en", consents: ["PARTNER_OFFERS"] });
    await page.goto("/sign-in?redirectTo=%2Fjobs");
    await page.getByRole("button", { name: "Continue with Google" }).click();
    await signInAtProvider(page, seeker.email);

    await expect(page).toHaveURL(/\/privacy\/review\?redirectTo=%2Fjobs/, { timeout: 15_000 });
    await expect(
      page.getByRole("heading", { level: 1, name: "Review a change to the privacy policy" }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Offers from partners" })).toBeVisible();
  } finally {
    await db.$disconnect();
  }
  expect(errors).toEqual([]);
});
