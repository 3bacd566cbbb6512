import {
  expect,
  expectAccessible,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

const SECTION_PAGES = ["/resume/experience", "/resume/languages", "/resume/skills"];

test.describe("resume sections", () => {
  test("a new seeker in Vietnamese lists languages, skills and a certificate, each saved on its own", async ({
    page,
    db,
  }) => {
    const seeker = await seekerAccount(db, { resume: "empty", locale: "vi" });
    await signIn(page, seeker.email);

    await page.goto("/resume/languages?lng=vi");
    await expect(page).toHaveTitle(/Ngoại ngữ · Tsunagu/);
    await expect(page.getByText("Chưa có ngôn ngữ nào.")).toBeVisible();
    await page.getByRole("button", { name: "Thêm ngôn ngữ" }).click();
    await page.getByLabel("Ngôn ngữ (bắt buộc)").selectOption("vi");
    // JLPT is for Japanese only, and the page says so in Vietnamese.
    await page.getByLabel("Trình độ (bắt buộc)").selectOption("JLPT_N2");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByText("Cấp độ JLPT chỉ dành cho tiếng Nhật.")).toBeVisible();
    await page.getByLabel("Trình độ (bắt buộc)").selectOption("NATIVE");
    await page.getByRole("button", { name: "Thêm ngôn ngữ khác" }).click();
    await page.getByLabel("Ngôn ngữ (bắt buộc)").nth(1).selectOption("ja");
    await page.getByLabel("Trình độ (bắt buộc)").nth(1).selectOption("JLPT_N2");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Ngôn ngữ (bắt buộc)")).toHaveCount(2);

    await page.goto("/resume/skills?lng=vi");
    await expect(page).toHaveTitle(/Kỹ năng và chứng chỉ · Tsunagu/);
    await page.getByRole("button", { name: "Thêm kỹ năng" }).click();
    await page.getByLabel("Kỹ năng (bắt buộc)").fill("Hàn TIG");
    await page.getByLabel("Số năm kinh nghiệm").fill("6");
    await page.getByRole("button", { name: "Thêm chứng chỉ" }).click();
    await page.getByLabel("Chứng chỉ (bắt buộc)").fill("Chứng chỉ hàn JIS");
    await page.getByLabel("Ngày cấp").fill("2022-04-01");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Kỹ năng (bắt buộc)")).toHaveValue("Hàn TIG");

    const nav = page.getByRole("navigation", { name: "Các phần của hồ sơ" });
    await expect(nav.getByRole("link", { name: /Ngoại ngữ/ })).toContainText("Đã xong");
    await expect(nav.getByRole("link", { name: /Kỹ năng và chứng chỉ/ })).toContainText("Đã xong");
  });

  test("adds and removes list entries without JavaScript", async ({ browser, db }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const seeker = await seekerAccount(db, { resume: "empty", locale: "en" });
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(seeker.email);
    await page.getByLabel("Password").fill("Lantern-river-9274");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await page.goto("/resume/skills");
    await page.getByRole("button", { name: "Add a skill" }).click();
    await page.getByLabel("Skill (required)").fill("Forklift");
    await page.getByRole("button", { name: "Add another skill" }).click();
    await expect(page.getByLabel("Skill (required)")).toHaveCount(2);
    await page.getByRole("button", { name: "Remove skill 2" }).click();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText(/Saved at/)).toBeVisible();
    await expect(page.getByLabel("Skill (required)")).toHaveValue("Forklift");
    await context.close();
  });

  // Known bug, not fixed yet: after a refused save, "Add another job" shows no second row.
  // The experience page can save one job in the browser; adding a second one there is broken.
  test("a seeker in Japanese lists a current and a past job; a past job without an end is refused", async ({
    page,
    db,
  }) => {
    const seeker = await seekerAccount(db, { resume: "empty", locale: "ja" });
    await signIn(page, seeker.email);

    await page.goto("/resume/experience?lng=ja");
    await expect(page).toHaveTitle(/職歴 · Tsunagu/);
    await page.getByRole("button", { name: "職歴を追加" }).click();
    await page.getByLabel("職種名 (必須)").fill("TIG溶接工");
    await page.getByLabel("勤務先 (必須)").fill("神奈川製鉄株式会社");
    await page.getByLabel("開始 (必須)").fill("2021-04");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByText("終了した月を入力するか")).toBeVisible();
    await page.getByLabel("現在ここで働いている").check();
    await page.getByRole("button", { name: "別の職歴を追加" }).click();
    await page.getByLabel("職種名 (必須)").nth(1).fill("Thợ hàn");
    await page.getByLabel("勤務先 (必須)").nth(1).fill("Hải Phòng Shipyard");
    await page.getByLabel("開始 (必須)").nth(1).fill("2016-09");
    await page.getByLabel("終了", { exact: true }).nth(1).fill("2021-02");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "保存" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("職種名 (必須)")).toHaveCount(2);
    await expect(page.getByLabel("現在ここで働いている").first()).toBeChecked();
    await expect(page.getByLabel("終了", { exact: true }).nth(1)).toHaveValue("2021-02");
  });

  for (const path of SECTION_PAGES) {
    test(`${path} passes axe and fits a 375 px phone`, async ({ page, db }) => {
      const seeker = await seekerAccount(db, { locale: "en" });
      await signIn(page, seeker.email);
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    });
  }
});
