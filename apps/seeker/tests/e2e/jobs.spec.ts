import { createCompany, createJob, uniqueSuffix } from "@tsunagu/db/testing";
import { expect, expectAccessible, seekerAccount, signIn, test } from "../../../../tests/e2e/fixtures";

test.describe("finding and saving a job", () => {
  test("a visitor searches with a filter, opens the job, signs in to save it, finds it in saved jobs and applies", async ({
    page,
    db,
  }) => {
    test.setTimeout(120_000); // waits for the index, then six pages
    await page.setViewportSize({ width: 375, height: 800 });
    const word = `kiln${uniqueSuffix().replace(/[^a-z0-9]/gi, "")}`;
    const { company } = await createCompany(db);
    const job = await createJob(db, {
      companyId: company.id,
      job: { title: `Kiln operator ${word}`, visaSupport: true, location: "Aichi", requiredJapaneseLevel: "JLPT_N3" },
    });
    const other = await createJob(db, {
      companyId: company.id,
      job: { title: `Kiln assistant ${word}`, visaSupport: false, location: "Aichi" },
    });
    const seeker = await seekerAccount(db, { resume: "full", locale: "en" });

    // The worker indexes new jobs from the outbox; wait until both are searchable.
    await expect(async () => {
      await page.goto(`/jobs?q=${word}`);
      await expect(page.getByRole("link", { name: other.title })).toBeVisible({ timeout: 1_000 });
      await expect(page.getByRole("link", { name: job.title })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    await expect(page).toHaveTitle(new RegExp(`Jobs: ${word} · Tsunagu`));
    await expect(page.getByRole("heading", { level: 2, name: "2 jobs" })).toBeVisible();
    await expect(page.getByLabel("Visa support (1)")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Visa support (1)").check();
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/visa=yes/);
    await expect(page.getByRole("heading", { level: 2, name: "1 job" })).toBeVisible();
    await expect(page.getByRole("link", { name: other.title })).toHaveCount(0);
    await page.getByRole("link", { name: job.title }).click();

    await expect(page.getByRole("heading", { level: 1, name: job.title })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`${job.title} · Tsunagu`));
    await expect(page.getByText("JLPT N3")).toBeVisible();
    await expect(page.getByText(company.name).first()).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save job" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await signIn(page, seeker.email);
    await page.goto(`/jobs/${job.id}`);
    await page.getByRole("button", { name: "Save job" }).click();
    await expect(page.getByRole("button", { name: "Remove from saved" })).toBeVisible();

    await page.goto("/jobs/saved");
    await expect(page).toHaveTitle(/Saved jobs · Tsunagu/);
    await expect(page.getByRole("link", { name: job.title })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: job.title }).click();
    await page.getByRole("link", { name: "Apply" }).click();
    await expect(page).toHaveTitle(/Apply to this job · Tsunagu/);
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page.getByRole("heading", { level: 1, name: job.title })).toBeVisible();

    await page.goto("/jobs/saved");
    await page.getByRole("button", { name: "Remove from saved" }).click();
    await expect(page.getByText("No saved jobs yet")).toBeVisible();
  });

  test("a seeker filters by their Japanese level: their level or easier, or none asked, with counts", async ({
    page,
    db,
  }) => {
    test.setTimeout(90_000); // waits for the index
    await page.setViewportSize({ width: 375, height: 800 });
    const word = `kotoba${uniqueSuffix().replace(/[^a-z0-9]/gi, "")}`;
    const { company } = await createCompany(db);
    const make = (title: string, requiredJapaneseLevel: "JLPT_N2" | "JLPT_N4" | null) =>
      createJob(db, { companyId: company.id, job: { title: `${title} ${word}`, requiredJapaneseLevel } });
    const hard = await make("Interpreter", "JLPT_N2");
    const easy = await make("Packer", "JLPT_N4");
    const none = await make("Developer", null);

    const level = page.getByLabel("Your Japanese level");
    await expect(async () => {
      await page.goto(`/jobs?q=${word}`);
      await expect(page.getByRole("heading", { level: 2, name: "3 jobs" })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    await expect(page.getByText("Shows jobs that ask for your level or an easier one")).toBeVisible();
    await expect(level.locator("option")).toHaveText([
      "Any level (no filter)",
      "I have JLPT N1 (3)",
      "I have JLPT N2 (3)",
      "I have JLPT N3 (2)",
      "I have JLPT N4 (2)",
      "I have JLPT N5 (1)",
      "No JLPT yet (1)",
    ]);

    await level.selectOption({ label: "I have JLPT N3 (2)" });
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/jlpt=JLPT_N3/);
    await expect(page.getByRole("heading", { level: 2, name: "2 jobs" })).toBeVisible();
    await expect(page.getByRole("link", { name: easy.title })).toBeVisible();
    await expect(page.getByRole("link", { name: none.title })).toBeVisible();
    await expect(page.getByRole("link", { name: hard.title })).toHaveCount(0);
    // The choice is kept, and the other choices still say what they would list.
    await expect(level).toHaveValue("JLPT_N3");
    await expect(level.locator("option", { hasText: "I have JLPT N2" })).toHaveText("I have JLPT N2 (3)");
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);

    await page.goto(`/jobs?q=${word}&jlpt=NONE&lng=vi`);
    await expect(page.getByLabel("Trình độ tiếng Nhật của bạn")).toHaveValue("NONE");
    await expect(page.getByRole("link", { name: none.title })).toBeVisible();
    await expect(page.getByRole("link", { name: easy.title })).toHaveCount(0);
  });

  test("a search that finds nothing says so, and works in Japanese at 375 px", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/jobs?q=zzqxnothing${Date.now()}&lng=ja`);
    await expect(page.getByRole("heading", { level: 1, name: "求人を探す" })).toBeVisible();
    await expect(page.getByText("条件に合う求人はありません")).toBeVisible();
    await expectAccessible(page);
  });
});

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
    // Visa status, career level and language levels by name, never as stored codes.
    await expect(preview).not.toContainText(/\b[A-Z]{2,}_[A-Z0-9_]+\b/);
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
