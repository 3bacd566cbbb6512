import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "@tsunagu/auth";
import { createDb, type Db } from "@tsunagu/db";
import { createCompany, createEmployerMember } from "@tsunagu/db/testing";
import { MailViewerClient } from "@tsunagu/local-services";

const PASSWORD = "Harbour-lights-6130";
const INVITEE_PASSWORD = "Lantern-river-2718";

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
  await expect(page).toHaveURL("/account");
}

/** Clicks a member action and confirms it in its dialog (opened once the page is hydrated). */
async function confirmMemberAction(page: Page, buttonName: string, confirmName: string) {
  const button = page.getByRole("button", { name: buttonName });
  await expect(button).toHaveAttribute("aria-haspopup", "dialog");
  await button.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirmName, exact: true }).click();
  await expect(dialog).toBeHidden();
}

let db: Db;
let owner: { email: string; companyName: string };

test.beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL ?? "");
  // The free plan has two seats: the owner and one invitee.
  const companyName = `Minato Kaigo ${Date.now()}`;
  const { company } = await createCompany(db, { name: companyName });
  const email = uniqueEmail("members-owner");
  await createEmployerMember(db, {
    companyId: company.id,
    role: "OWNER",
    email,
    displayName: "Sato Haruka",
    user: { passwordHash: await hashPassword(PASSWORD), locale: "EN" },
  });
  owner = { email, companyName };
});

test.afterAll(async () => {
  await db.$disconnect();
});

test.describe("company members", () => {
  let consoleErrors: string[];

  test.beforeEach(({ page }) => {
    consoleErrors = watchConsole(page);
  });

  test.afterEach(() => {
    expect(consoleErrors).toEqual([]);
  });

  test("an owner invites a recruiter by email, who joins, and then removes them", async ({
    page,
    browser,
  }) => {
    await signIn(page, owner.email);
    await page.getByRole("link", { name: "Team" }).click();
    await expect(page).toHaveURL("/members");
    await expect(page.getByRole("heading", { level: 1, name: "Your team" })).toBeVisible();
    await expect(page.getByRole("row", { name: /Sato Haruka \(you\)\s*Owner/ })).toBeVisible();

    const inviteeEmail = uniqueEmail("members-invitee");
    await page.getByLabel("Email address").fill(inviteeEmail);
    await page.getByLabel("Role").selectOption({ label: "Recruiter" });
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${inviteeEmail}.`)).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(inviteeEmail) })).toContainText(
      "Recruiter",
    );

    const mail = await MailViewerClient.fromEnv().waitForMessage(inviteeEmail);
    expect(mail.subject).toBe(`Sato Haruka invited you to join ${owner.companyName} on Tsunagu`);
    expect(mail.text).toContain("as a recruiter");
    const link = mail.text.match(/https?:\/\/\S+\/join\?token=[\w-]+/)?.[0];
    expect(link).toBeTruthy();

    // The invitee, in a browser of their own.
    const inviteeContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const invitee = await inviteeContext.newPage();
    const inviteeErrors = watchConsole(invitee);
    await invitee.goto(link ?? "");
    await expect(
      invitee.getByRole("heading", { level: 1, name: `Join ${owner.companyName}` }),
    ).toBeVisible();
    await expect(invitee.getByText(`as Recruiter`)).toBeVisible();
    await expect(invitee.getByLabel("Email address")).toHaveValue(inviteeEmail);
    await expect(invitee.getByLabel("Email address")).not.toBeEditable();

    await invitee.getByLabel("Your name").fill("Nguyễn Minh Anh");
    await invitee.getByLabel("Password").fill("short");
    await invitee.getByRole("button", { name: "Create account and join" }).click();
    // The policy feedback, with the name kept and the password cleared.
    await expect(invitee.getByText("The password needs at least 10 characters.")).toBeVisible();
    await expect(invitee.getByLabel("Your name")).toHaveValue("Nguyễn Minh Anh");
    await expect(invitee.getByLabel("Password")).toHaveValue("");

    await invitee.getByLabel("Password").fill(INVITEE_PASSWORD);
    await invitee.getByRole("button", { name: "Create account and join" }).click();
    await expect(invitee).toHaveURL("/members?joined=1");
    await expect(
      invitee.getByText(`Welcome to ${owner.companyName}. You are now a member of its team.`),
    ).toBeVisible();
    await expect(
      invitee.getByText("Only company owners can invite, remove or change members."),
    ).toBeVisible();
    await expect(invitee.getByRole("row", { name: /Nguyễn Minh Anh \(you\)/ })).toBeVisible();
    await expect(invitee.getByRole("button", { name: /Remove/ })).toHaveCount(0);

    // The link worked once.
    await invitee.goto(link ?? "");
    await expect(
      invitee.getByRole("heading", { level: 1, name: "This invitation link is no longer valid" }),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByRole("row", { name: /Nguyễn Minh Anh\s*Recruiter/ })).toBeVisible();
    await expect(page.getByText("No pending invitations.")).toBeVisible();

    // The sole owner is offered no "Remove", and the page says why.
    await expect(page.getByRole("button", { name: "Remove Sato Haruka" })).toHaveCount(0);
    await expect(page.getByText("You are the only owner, so you cannot be removed.")).toBeVisible();
    await expect(page.getByTestId("seats")).toHaveText(
      "Seats: 2 of 2 used (2 members, 0 pending invitations).",
    );

    // Cancelling changes nothing; confirming removes.
    await page.getByRole("button", { name: "Remove Nguyễn Minh Anh" }).click();
    await expect(page.getByRole("dialog", { name: "Remove Nguyễn Minh Anh?" })).toContainText(
      "signed out on every device",
    );
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(page.getByRole("row", { name: /Nguyễn Minh Anh/ })).toBeVisible();
    await confirmMemberAction(page, "Remove Nguyễn Minh Anh", "Remove");
    await expect(
      page.getByText("Nguyễn Minh Anh was removed from the company and signed out."),
    ).toBeVisible();
    await expect(page.getByRole("row", { name: /Nguyễn Minh Anh/ })).toHaveCount(0);

    // The removed member's session has ended.
    await invitee.goto("/members");
    await expect(invitee).toHaveURL(/\/sign-in\?redirectTo=%2Fmembers/);
    expect(inviteeErrors).toEqual([]);
    await inviteeContext.close();
  });

  test("seats are shown, and a pending invitation can be sent again or revoked to free its seat", async ({
    page,
  }) => {
    const { company } = await createCompany(db, { name: `Sendai Seika ${Date.now()}` });
    const email = uniqueEmail("seats-owner");
    await createEmployerMember(db, {
      companyId: company.id,
      role: "OWNER",
      email,
      displayName: "Abe Rina",
      user: { passwordHash: await hashPassword(PASSWORD), locale: "EN" },
    });
    await signIn(page, email);
    await page.goto("/members");
    await expect(page.getByTestId("seats")).toHaveText(
      "Seats: 1 of 2 used (1 members, 0 pending invitations).",
    );
    const inviteeEmail = uniqueEmail("seats-invitee");
    await page.getByLabel("Email address").fill(inviteeEmail);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${inviteeEmail}.`)).toBeVisible();
    await expect(page.getByTestId("seats")).toHaveText(
      "Seats: 2 of 2 used (1 members, 1 pending invitations).",
    );
    // The free plan is full: the page says so before anyone tries.
    await expect(page.getByText("All seats of your plan are taken or invited.")).toBeVisible();
    const mails = MailViewerClient.fromEnv();
    const first = await mails.waitForMessage(inviteeEmail);
    const firstLink = first.text.match(/https?:\/\/\S+\/join\?token=[\w-]+/)?.[0] ?? "";
    expect(firstLink).not.toBe("");

    // Sent again: a new link, and the old one stops working.
    await page
      .getByRole("button", { name: `Send the invitation to ${inviteeEmail} again` })
      .click();
    await expect(
      page.getByText(
        `A new invitation was sent to ${inviteeEmail}. The earlier link no longer works.`,
      ),
    ).toBeVisible();
    await expect(page.getByTestId("seats")).toHaveText(
      "Seats: 2 of 2 used (1 members, 1 pending invitations).",
    );
    const second = await mails.waitForMessage(inviteeEmail, (m) => !m.text.includes(firstLink));
    const secondLink = second.text.match(/https?:\/\/\S+\/join\?token=[\w-]+/)?.[0] ?? "";
    expect(secondLink).not.toBe("");
    const visitor = await page
      .context()
      .browser()!
      .newContext({ baseURL: test.info().project.use.baseURL });
    const invitee = await visitor.newPage();
    await invitee.goto(firstLink);
    await expect(
      invitee.getByRole("heading", { level: 1, name: "This invitation link is no longer valid" }),
    ).toBeVisible();

    await confirmMemberAction(page, `Revoke the invitation for ${inviteeEmail}`, "Revoke");
    await expect(page.getByText(`The invitation for ${inviteeEmail} was revoked.`)).toBeVisible();
    await expect(page.getByText("No pending invitations.")).toBeVisible();
    await expect(page.getByTestId("seats")).toHaveText(
      "Seats: 1 of 2 used (1 members, 0 pending invitations).",
    );
    await invitee.goto(secondLink);
    await expect(
      invitee.getByRole("heading", { level: 1, name: "This invitation link is no longer valid" }),
    ).toBeVisible();
    await visitor.close();
  });

  test("an owner hands ownership to a recruiter and becomes one", async ({ page }) => {
    const { company } = await createCompany(db, { name: `Kobe Hotels ${Date.now()}` });
    const email = uniqueEmail("handover-owner");
    await createEmployerMember(db, {
      companyId: company.id,
      role: "OWNER",
      email,
      displayName: "Ito Ren",
      user: { passwordHash: await hashPassword(PASSWORD), locale: "EN" },
    });
    await createEmployerMember(db, {
      companyId: company.id,
      role: "RECRUITER",
      displayName: "Pham Thu Trang",
    });

    await signIn(page, email);
    await page.goto("/members");
    await confirmMemberAction(page, "Make Pham Thu Trang the owner", "Make owner");
    await expect(
      page.getByText("Pham Thu Trang is now the owner. You are a recruiter."),
    ).toBeVisible();
    await expect(page.getByRole("row", { name: /Pham Thu Trang\s*Owner/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /Ito Ren \(you\)\s*Recruiter/ })).toBeVisible();
    await expect(
      page.getByText("Only company owners can invite, remove or change members."),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  });

  test("the invitation is written in the owner's language", async ({ page }) => {
    const { company } = await createCompany(db, { name: `Sendai Foods ${Date.now()}` });
    const email = uniqueEmail("ja-owner");
    await createEmployerMember(db, {
      companyId: company.id,
      role: "OWNER",
      email,
      displayName: "山田 太郎",
      user: { passwordHash: await hashPassword(PASSWORD) },
    });
    await signIn(page, email);
    await page.goto("/members?lng=ja");
    await expect(page.getByRole("heading", { level: 1, name: "チーム" })).toBeVisible();

    const inviteeEmail = uniqueEmail("ja-invitee");
    await page.getByLabel("メールアドレス").fill(inviteeEmail);
    await page.getByLabel("役割").selectOption({ label: "オーナー" });
    await page.getByRole("button", { name: "招待を送信" }).click();
    await expect(page.getByText(`${inviteeEmail} に招待を送信しました。`)).toBeVisible();

    const mail = await MailViewerClient.fromEnv().waitForMessage(inviteeEmail);
    expect(mail.subject).toBe(`【Tsunagu】山田 太郎さんから${company.name}への招待が届いています`);
    expect(mail.text).toContain("オーナーとしてあなたを招待しました");
    expect(mail.text).toMatch(/有効期限は\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} JSTです/);
  });

  test("an invitee who already has an employer account signs in and accepts", async ({
    page,
    browser,
  }) => {
    const { company } = await createCompany(db, { name: `Nagoya Build ${Date.now()}` });
    const ownerEmail = uniqueEmail("accept-owner");
    await createEmployerMember(db, {
      companyId: company.id,
      role: "OWNER",
      email: ownerEmail,
      displayName: "Kato Mei",
      user: { passwordHash: await hashPassword(PASSWORD), locale: "EN" },
    });
    // An employer account without a company, e.g. one removed from its previous team.
    const inviteeEmail = uniqueEmail("accept-invitee");
    await db.user.create({
      data: {
        email: inviteeEmail,
        kind: "EMPLOYER",
        emailVerifiedAt: new Date(),
        passwordHash: await hashPassword(INVITEE_PASSWORD),
      },
    });

    await signIn(page, ownerEmail);
    await page.goto("/members");
    await page.getByLabel("Email address").fill(inviteeEmail);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${inviteeEmail}.`)).toBeVisible();
    const mail = await MailViewerClient.fromEnv().waitForMessage(inviteeEmail);
    const link = mail.text.match(/https?:\/\/\S+\/join\?token=[\w-]+/)?.[0] ?? "";

    const inviteeContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const invitee = await inviteeContext.newPage();
    const inviteeErrors = watchConsole(invitee);
    await invitee.goto(link);
    await expect(invitee.getByText(`${inviteeEmail} already has an account.`)).toBeVisible();
    await expect(invitee.getByLabel("Password")).toHaveCount(0);
    await invitee.getByRole("link", { name: "Sign in to join" }).click();
    await invitee.getByLabel("Email address").fill(inviteeEmail);
    await invitee.getByLabel("Password").fill(INVITEE_PASSWORD);
    await invitee.getByRole("button", { name: "Sign in", exact: true }).click();
    await invitee.getByRole("button", { name: `Join ${company.name}` }).click();
    await expect(invitee).toHaveURL("/members?joined=1");
    await expect(invitee.getByRole("row", { name: /Kato Mei\s*Owner/ })).toBeVisible();
    expect(inviteeErrors).toEqual([]);
    await inviteeContext.close();
  });

  test("a made-up or damaged invitation link gets a clear page", async ({ page }) => {
    await page.goto("/join?token=not-a-real-invitation-token-at-all");
    await expect(
      page.getByRole("heading", { level: 1, name: "This invitation link is no longer valid" }),
    ).toBeVisible();
    await expect(page.getByText("Ask the company owner to invite you again.")).toBeVisible();
  });
});
