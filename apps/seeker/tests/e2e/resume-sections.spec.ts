import {
  expect,
  expectAccessible,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

const SECTION_PAGES = [
  "/resume/experience",
  "/resume/education",
  "/resume/languages",
  "/resume/skills",
  "/resume/preferences",
  "/resume/referees",
  "/resume/print",
];

test.describe("resume sections", () => {
  test("a new seeker in Vietnamese lists languages, skills and a certificate, each saved on its own", async ({
    page,
    db,
  }) => {
    // A long journey through several pages on a machine shared with other builds.
    test.slow();
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

  // Was broken: after a refused save, ticking "I work here now" cleared the end-month error only
  // when the box lost focus, i.e. at the mousedown on "Add another job"; the button moved up and
  // the click was lost. CheckboxField now validates on change.
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

  test("a seeker in English adds schools, preferences and a referee, and the printable resume shows every section", async ({
    page,
    db,
  }) => {
    // A long journey through several pages on a machine shared with other builds.
    test.slow();
    const seeker = await seekerAccount(db, { resume: "empty", locale: "en" });
    await signIn(page, seeker.email);

    await page.goto("/resume/education");
    await expect(page).toHaveTitle(/Education · Tsunagu/);
    await page.getByRole("button", { name: "Add a school" }).click();
    await page
      .getByLabel("School or university (required)")
      .fill("Hanoi University of Science and Technology");
    await page.getByLabel("Level", { exact: true }).selectOption("BACHELOR");
    await page.getByLabel("Field of study").fill("Mechanical engineering");
    await page.getByLabel("Started").fill("2016-09");
    await page.getByLabel("Finished").fill("2016-01");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("The end month comes before the start month.")).toBeVisible();
    await page.getByLabel("Finished").fill("2020-06");
    await page.getByRole("button", { name: "Add another school" }).click();
    await page
      .getByLabel("School or university (required)")
      .nth(1)
      .fill("Hai Phong Vocational College");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("School or university (required)")).toHaveCount(2);
    await expect(page.getByLabel("Finished").first()).toHaveValue("2020-06");

    await page.goto("/resume/preferences");
    await expect(page).toHaveTitle(/Preferences · Tsunagu/);
    await page.getByLabel("Full-time").check();
    await page.getByLabel("Contract").check();
    await page.getByLabel("Kanagawa").check();
    await page.getByLabel("Remote", { exact: true }).check();
    await page.getByLabel("From", { exact: true }).fill("300000");
    await page.getByLabel("To", { exact: true }).fill("250000");
    await page.getByLabel("Currency", { exact: true }).selectOption("JPY");
    await page.getByLabel("Period", { exact: true }).selectOption("MONTHLY");
    await page.getByLabel("When you can start").selectOption("WITHIN_ONE_MONTH");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("The maximum is below the minimum.")).toBeVisible();
    await page.getByLabel("To", { exact: true }).fill("350000");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Kanagawa")).toBeChecked();
    await expect(page.getByLabel("Contract")).toBeChecked();
    await expect(page.getByLabel("Part-time")).not.toBeChecked();

    await page.goto("/resume/referees");
    await expect(page).toHaveTitle(/Referees · Tsunagu/);
    await page.getByRole("button", { name: "Add a referee" }).click();
    await page.getByLabel("Name (required)").fill("Satō Kenji");
    await page.getByLabel("Relationship (required)").fill("Former foreman");
    await page.getByLabel("Phone").fill("090-1234-5678");
    const consent = page.getByLabel(/This person agreed/);
    await expect(consent).not.toBeChecked();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(
      page.getByText("Tick the box to confirm that this person agreed to be your referee."),
    ).toBeVisible();
    await consent.check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toBeVisible();
    await page.reload();
    await expect(page.getByText(/Consent attested on/)).toBeVisible();
    // Never pre-ticked, even for a referee on file.
    await expect(page.getByLabel(/This person agreed/)).not.toBeChecked();

    const nav = page.getByRole("navigation", { name: "Resume sections" });
    await expect(nav.getByRole("link", { name: /Education/ })).toContainText("Complete");
    await expect(nav.getByRole("link", { name: /Preferences/ })).toContainText("Complete");
    await expect(nav.getByRole("link", { name: /Referees/ })).toContainText("Optional");

    await page.goto("/resume");
    await expect(page.getByText("Work experience: at least one job.")).toBeVisible();
    await expect(page.getByText("Education: at least one school.")).toHaveCount(0);

    await page.goto("/resume/print");
    await expect(page).toHaveTitle(/Printable resume · Tsunagu/);
    const section = (name: string) => page.getByRole("region", { name });
    await expect(section("Education")).toContainText("Hanoi University of Science and Technology");
    await expect(section("Education")).toContainText("Bachelor's degree · Mechanical engineering");
    await expect(section("Education")).toContainText("Hai Phong Vocational College");
    await expect(section("Preferences")).toContainText("Full-time, Contract");
    await expect(section("Preferences")).toContainText("Remote, Kanagawa");
    await expect(section("Preferences")).toContainText("Within one month");
    await expect(section("Referees")).toContainText("Satō Kenji");
    await expect(section("Referees")).toContainText("090-1234-5678");
    await expect(section("Referees")).toContainText("Consent attested on");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(section("Education")).toBeVisible();
  });

  test("the printable resume shows the work experience and the other sections of a full resume", async ({
    page,
    db,
  }) => {
    // A random full resume can lack a section (a first job seeker has no work history, some
    // list no school): take one with every section this test reads.
    const complete = (resume: typeof seeker.resume) =>
      resume.workExperiences.length > 0 && resume.educations.length > 0 && resume.skills.length > 0;
    let seeker = await seekerAccount(db, { locale: "en" });
    for (let tries = 0; !complete(seeker.resume) && tries < 20; tries++) {
      seeker = await seekerAccount(db, { locale: "en" });
    }
    expect(complete(seeker.resume)).toBe(true);
    await signIn(page, seeker.email);
    await page.goto("/resume/print");
    const job = seeker.resume.workExperiences[0]!;
    await expect(page.getByRole("region", { name: "Work experience" })).toContainText(job.title);
    await expect(page.getByRole("region", { name: "Work experience" })).toContainText(
      job.employerName,
    );
    await expect(page.getByRole("region", { name: "Education" })).toContainText(
      seeker.resume.educations[0]!.institution,
    );
    await expect(page.getByRole("region", { name: "Skills and certifications" })).toContainText(
      seeker.resume.skills[0]!.name,
    );
    await expect(page.getByRole("region", { name: "Languages" })).not.toBeEmpty();
  });

  for (const path of SECTION_PAGES) {
    test(`${path} passes axe and fits a 375 px phone`, async ({ page, db }) => {
      const seeker = await seekerAccount(db, { locale: "en" });
      await signIn(page, seeker.email);
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    });
  }
});
