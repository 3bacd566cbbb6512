import { expect, test, type Page } from "@playwright/test";
import { createDb } from "@tsunagu/db";
import { LOCAL_OIDC_ACCOUNTS } from "../../../../tests/e2e/local-oidc";

/** Console errors of our pages; the provider's development pages are not ours to judge. */
function watchConsole(page: Page, ignoreOrigin: string) {
  const errors: string[] = [];
  page.on("console", (message) => {
    // The provider's development pages try to load assets from the internet.
    if (message.type() === "error" && !page.url().startsWith(ignoreOrigin)) {
      errors.push(message.text());
    }
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** The development login and consent pages of the local oidc-provider. */
async function signInAtProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("sign in with Google (a real local OpenID provider) and create the account", async ({
  page,
}) => {
  const issuer = process.env.LOCAL_OIDC_ISSUER ?? "";
  expect(issuer, "the e2e global setup starts the provider").not.toBe("");
  const errors = watchConsole(page, issuer);
  const account = LOCAL_OIDC_ACCOUNTS.newcomer;

  await page.goto("/sign-in");
  // Only configured providers get a button.
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
