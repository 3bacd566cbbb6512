import { expect, test, type Page } from "@playwright/test";
import { createSession } from "@tsunagu/auth";
import { createDb, type Db } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { MailViewerClient } from "@tsunagu/local-services";

const PASSWORD = "Harbour-lights-6130";

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

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

let db: Db;

test.beforeAll(() => {
  db = createDb(process.env.DATABASE_URL ?? "");
});

test.afterAll(async () => {
  await db.$disconnect();
});

test.describe("employer accounts", () => {
  let consoleErrors: string[];

  test.beforeEach(({ page }) => {
    consoleErrors = watchConsole(page);
  });

  test.afterEach(() => {
    expect(consoleErrors).toEqual([]);
  });

  test("sign up a company, confirm the email and sign in as its owner", async ({ page }) => {
    const email = uniqueEmail("owner");
    await page.goto("/sign-up");
    await page.getByLabel("Company name").fill("Sakura Care 株式会社");
    await page.getByLabel("Your name").fill("Tanaka Yui");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();

    const mail = await MailViewerClient.fromEnv().waitForMessage(email);
    const link = mail.text.match(/https?:\/\/\S+\/verify\?token=[\w.-]+/)?.[0];
    expect(link).toBeTruthy();
    await page.goto(link ?? "");
    await page.getByRole("button", { name: "Confirm your email address" }).click();
    await expect(page.getByText("your email address is confirmed")).toBeVisible();

    await signIn(page, email);
    await expect(page).toHaveURL("/account");
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

    const owner = await db.user.findUniqueOrThrow({
      where: { email },
      select: {
        kind: true,
        membership: { select: { role: true, company: { select: { name: true } } } },
      },
    });
    expect(owner).toEqual({
      kind: "EMPLOYER",
      membership: { role: "OWNER", company: { name: "Sakura Care 株式会社" } },
    });

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have been signed out.")).toBeVisible();
  });

  test("a seeker's session cookie does not open the employer app", async ({ page, context }) => {
    const { user } = await createSeeker(db, { resume: "empty" });
    const { token } = await createSession(db, { userId: user.id, audience: "SEEKER" });
    const url = new URL(test.info().project.use.baseURL ?? "");
    // The seeker cookie, and the same token under the employer cookie's name.
    await context.addCookies(
      ["tsunagu_seeker", "tsunagu_employer"].map((name) => ({
        name,
        value: token,
        domain: url.hostname,
        path: "/",
      })),
    );
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

    // Refused, not ended: the seeker stays signed in to the seeker app.
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });
});
