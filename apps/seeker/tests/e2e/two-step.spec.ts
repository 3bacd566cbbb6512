import {
  authenticatorCode,
  expect,
  mail,
  PASSWORD,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

test.describe("account security", () => {
  test("a seeker turns on two-step sign-in, and the next sign-in asks for a code", async ({
    page,
    db,
  }) => {
    const seeker = await seekerAccount(db, { resume: "empty", locale: "en" });
    await signIn(page, seeker.email);
    await page.goto("/account");
    await expect(page.getByText("Off: your password alone signs you in.")).toBeVisible();
    await page.getByRole("link", { name: "Set up two-step sign-in" }).click();

    await expect(
      page.getByRole("img", { name: "QR code to add Tsunagu to an authenticator app" }),
    ).toBeVisible();
    const key = (await page.getByTestId("manual-key").textContent()) ?? "";
    await page.getByLabel("Code").fill("000000");
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(page.getByText("That code did not work")).toBeVisible();
    const enrolmentCode = authenticatorCode(key);
    await page.getByLabel("Code").fill(enrolmentCode);
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    const codes = page.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    const recoveryCode = (await codes.first().textContent()) ?? "";

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("Email address").fill(seeker.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Two-step sign-in" })).toBeVisible();
    // The code the enrolment used works only once.
    await page.getByLabel("Code").fill(enrolmentCode);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("That code did not work")).toBeVisible();
    await page.getByLabel("Code").fill(recoveryCode);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL("/resume");
    await page.goto("/account");
    await expect(
      page.getByText("On: sign-in asks for a code from your authenticator app."),
    ).toBeVisible();
    await expect(page.getByText("9 recovery codes left.")).toBeVisible();
  });

  test("a sign-in from a new device is mailed to the owner, whose link ends that session", async ({
    page,
    browser,
    db,
  }) => {
    const seeker = await seekerAccount(db, { resume: "empty", locale: "en" });
    // The owner's own browser: its first sign-in ever mails nothing.
    await signIn(page, seeker.email);

    const intruder = await browser.newContext({
      extraHTTPHeaders: { "X-Forwarded-For": "10.9.9.9" },
    });
    const intruderPage = await intruder.newPage();
    await signIn(intruderPage, seeker.email);

    const message = await mail().waitForMessage(
      seeker.email,
      (m) => m.subject === "New sign-in to your Tsunagu account",
    );
    const link = /https?:\/\/\S+\/sign-in\/not-me\?token=\S+/.exec(message.text)?.[0];
    expect(link).toBeDefined();
    await page.goto(link!);
    await page.getByRole("button", { name: "End that session" }).click();
    await expect(page.getByText("Done: that session has ended.")).toBeVisible();

    await intruderPage.goto("/account");
    await expect(intruderPage).toHaveURL(/\/sign-in/);
    // The owner's own session goes on.
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1, name: "Account settings" })).toBeVisible();
    await intruder.close();
  });
});
