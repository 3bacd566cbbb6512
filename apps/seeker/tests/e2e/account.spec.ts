import { expect, test, type Page } from "@playwright/test";
import { MailViewerClient } from "@tsunagu/local-services";

const PASSWORD = "Lantern-river-9274";

/** A fresh address per test, so runs and parallel workers never share an account. */
function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://\\S+${path}\\?token=[\\w.-]+`));
  if (!match) throw new Error(`No ${path} link in the email`);
  return match[0];
}

async function signUp(page: Page, email: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Date of birth").fill("1995-04-12");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test.describe("seeker accounts", () => {
  let consoleErrors: string[];

  test.beforeEach(({ page }) => {
    consoleErrors = watchConsole(page);
  });

  test.afterEach(() => {
    expect(consoleErrors).toEqual([]);
  });

  test("sign up, confirm the email from the inbox, sign in and sign out", async ({ page }) => {
    const email = uniqueEmail("seeker");
    await signUp(page, email);

    const mail = await MailViewerClient.fromEnv().waitForMessage(email);
    expect(mail.subject).toBe("Confirm your email address for Tsunagu");
    await page.goto(linkIn(mail.text, "/verify"));
    await page.getByRole("button", { name: "Confirm your email address" }).click();
    await expect(page.getByText("your email address is confirmed")).toBeVisible();

    await signIn(page, email);
    // Signed in, a seeker lands on the resume builder.
    await expect(page).toHaveURL("/resume");
    await page.getByRole("link", { name: "Account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Account settings" })).toBeVisible();
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
    await expect(page.getByRole("cell", { name: "This device" })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have been signed out.")).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount/);
  });

  test("a wrong password gets the same answer as an unknown email", async ({ page }) => {
    const email = uniqueEmail("seeker-wrong");
    await signUp(page, email);

    await signIn(page, email, "Not-the-password-1");
    const alert = page.getByRole("alert");
    await expect(alert).toHaveText("The email address or password is incorrect.");
    // What was typed stays, except the password.
    await expect(page.getByLabel("Email address")).toHaveValue(email);
    await expect(page.getByLabel("Password")).toHaveValue("");

    await signIn(page, uniqueEmail("nobody"), "Not-the-password-1");
    await expect(page.getByRole("alert")).toHaveText("The email address or password is incorrect.");
  });

  test("sign-up explains what is wrong and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await expect(page.getByText("5 characters (at least 10)")).toBeVisible();
    await page.getByLabel("Date of birth").fill(`${new Date().getUTCFullYear() - 5}-01-01`);
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByText("The password needs at least 10 characters.")).toBeVisible();
    await expect(
      page.getByText(
        /You must be at least 16 years old to create an account\. Below that age, Vietnam's law needs a parent's consent/,
      ),
    ).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
    await expect(page.getByLabel("Password")).toHaveValue("");
  });

  test("reset a forgotten password through the emailed link", async ({ page }) => {
    const email = uniqueEmail("seeker-reset");
    await signUp(page, email);

    await page.goto("/forgot-password");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByText(`If an account exists for ${email}`)).toBeVisible();

    const mail = await MailViewerClient.fromEnv().waitForMessage(email, (message) =>
      message.subject.includes("Reset"),
    );
    await page.goto(linkIn(mail.text, "/reset-password"));
    await page.getByLabel("New password").fill("Another-harbour-5821");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByText("Your password has been changed")).toBeVisible();

    await signIn(page, email, "Another-harbour-5821");
    await expect(page).toHaveURL("/resume");
  });

  test("sign out another device from the sessions list", async ({ page, browser }) => {
    const email = uniqueEmail("seeker-devices");
    await signUp(page, email);
    await signIn(page, email);
    await expect(page).toHaveURL("/resume");

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, email);
    await expect(otherPage).toHaveURL("/resume");

    await page.goto("/account");
    await expect(page.getByRole("row")).toHaveCount(3);
    await page.getByRole("button", { name: "Sign out everywhere else" }).click();
    await expect(page.getByText("All other devices have been signed out.")).toBeVisible();
    await expect(page.getByRole("row")).toHaveCount(2);

    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/sign-in/);
    await other.close();
  });

  test("a cross-origin POST is refused, by pages and by tRPC", async ({ request }) => {
    const response = await request.post("/sign-out", {
      headers: { Origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    const mutation = await request.post("/api/trpc/account.signOutEverywhere", {
      headers: { Origin: "https://evil.example", "Content-Type": "application/json" },
      data: {},
    });
    expect(mutation.status()).toBe(403);
  });

  test("tRPC at /api/trpc answers with the session of the page", async ({ page }) => {
    const anonymous = await page.request.get("/api/trpc/account.sessions");
    expect(anonymous.status()).toBe(401);

    const email = uniqueEmail("seeker-trpc");
    await signUp(page, email);
    await signIn(page, email);
    await expect(page).toHaveURL("/resume");
    const signedIn = await page.request.get("/api/trpc/account.sessions");
    expect(signedIn.status()).toBe(200);
    expect(JSON.stringify(await signedIn.json())).toContain('"current":true');
  });
});
