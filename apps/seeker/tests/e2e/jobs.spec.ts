import { createCompany, createJob } from "@tsunagu/db/testing";
import { expect, expectAccessible, seekerAccount, signIn, test } from "../../../../tests/e2e/fixtures";

test.describe("applying to a job", () => {
  test("a new seeker applies with a message, sees the snapshot as sent even after editing the resume, and withdraws", async ({
    page,
    db,
  }) => {
    test.setTimeout(90_000); // one long journey through five pages
    await page.setViewportSize({ width: 375, height: 800 });
    const seeker = await seekerAccount(db, { resume: "full", locale: "en" });
    const { company } = await createCompany(db);
    const job = await createJob(db, { companyId: company.id, locale: "en" });
    await signIn(page, seeker.email);

    await page.goto(`/jobs/${job.id}/apply`);
    await expect(page).toHaveTitle(/Apply to this job · Tsunagu/);
    const preview = page.getByTestId("snapshot");
    await expect(preview).toContainText(seeker.email);
    await expectAccessible(page);
    await page.getByLabel("Message to the company (optional)").fill("I would love to weld for you.");
    await page.getByRole("button", { name: "Send application" }).click();

    await expect(page.getByRole("heading", { level: 1, name: job.title })).toBeVisible();
    await expect(page.getByText("I would love to weld for you.")).toBeVisible();
    const sentHeadline = await page.getByTestId("snapshot").textContent();
    await expectAccessible(page);

    await page.goto("/applications");
    await expect(page.getByRole("link", { name: job.title })).toBeVisible();
    await expect(page.getByText("Submitted")).toBeVisible();
    await expectAccessible(page);

    await page.goto("/resume/summary");
    await page.getByLabel("Headline").fill("A completely new headline after applying");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toBeVisible();

    await page.goto("/applications");
    await page.getByRole("link", { name: job.title }).click();
    await expect(page.getByTestId("snapshot")).toHaveText(sentHeadline ?? "");
    await expect(page.getByTestId("snapshot")).not.toContainText("A completely new headline");

    await page.getByRole("link", { name: "Withdraw application…" }).click();
    await expect(page.getByRole("heading", { name: "Withdraw this application?" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Yes, withdraw" }).click();
    await expect(page.getByText("Withdrawn", { exact: true })).toBeVisible();

    // Applying again is refused with a clear message.
    await page.goto(`/jobs/${job.id}/apply`);
    await expect(page.getByText("You have already applied to this job.")).toBeVisible();
  });

  for (const [lng, title, heading] of [
    ["vi", "Ứng tuyển công việc này", "Những gì công ty nhận được"],
    ["ja", "この求人に応募する", "企業が受け取る内容"],
  ] as const) {
    test(`the apply page and my applications in ${lng}`, async ({ page, db }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      const seeker = await seekerAccount(db, { resume: "full", locale: lng });
      const { company } = await createCompany(db);
      const job = await createJob(db, { companyId: company.id, locale: lng });
      await signIn(page, seeker.email);
      await page.goto(`/jobs/${job.id}/apply?lng=${lng}`);
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
      await expectAccessible(page);
      await page.goto(`/applications?lng=${lng}`);
      await expectAccessible(page);
    });
  }
});
