import type { Page } from "@playwright/test";

/** The issuer of the local OpenID provider the e2e global setup started (as Google). */
export function localIssuer(): string {
  const issuer = process.env.LOCAL_OIDC_ISSUER ?? "";
  if (!issuer) throw new Error("the e2e global setup starts the local OpenID provider");
  return issuer;
}

/**
 * Console errors of our pages; the provider's development pages (which try to load assets from
 * the internet) are not ours to judge.
 */
export function watchConsoleOutside(page: Page, ignoreOrigin: string) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !page.url().startsWith(ignoreOrigin)) {
      errors.push(message.text());
    }
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/**
 * The development login and consent pages of the local oidc-provider. `login` is a registered
 * account's name or an address (`unverified:` before it: the provider does not vouch for it).
 */
export async function signInAtProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}
