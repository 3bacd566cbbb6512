import {
  expect,
  expectAccessible,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

test.describe("resume builder", () => {
  test("a new seeker fills the personal section in Vietnamese, with errors explained in Vietnamese", async ({
    page,
    db,
  }) => {
    const seeker = await seekerAccount(db, { resume: "empty", locale: "vi" });
    await signIn(page, seeker.email);
    await page.goto("/resume/personal?lng=vi");
    await expect(page).toHaveTitle(/Thông tin cá nhân · Tsunagu/);
    await expect(page.getByRole("heading", { level: 2, name: "Thông tin cá nhân" })).toBeVisible();

    await page.getByLabel("Họ (bắt buộc)").fill("Nguyễn");
    await page.getByLabel("Tên (bắt buộc)").fill("Thị Lan");
    await page.getByLabel("Quốc gia bạn đang sống").selectOption("JP");
    await page.getByLabel("Tỉnh/thành (Nhật Bản)").selectOption("JP-13");
    await page.getByLabel("Số điện thoại").fill("12345");
    await page.getByLabel("Số điện thoại").blur();
    await expect(page.getByText("Nhập số điện thoại có thể liên lạc")).toBeVisible();

    await page.getByLabel("Số điện thoại").fill("090-1234-5678");
    await page
      .getByLabel("Tư cách lưu trú (visa)")
      .selectOption("ENGINEER_HUMANITIES_INTERNATIONAL");
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("Số điện thoại")).toHaveValue("090-1234-5678");
    await expect(page.getByLabel("Tỉnh/thành (Nhật Bản)")).toHaveValue("JP-13");
    await expect(
      page
        .getByRole("navigation", { name: "Các phần của hồ sơ" })
        .getByRole("link", { name: /Thông tin cá nhân/ }),
    ).toContainText("Đã xong");
    await expectAccessible(page);
  });

  test("saves the summary without JavaScript, and the overview shows the resume complete", async ({
    browser,
    db,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const seeker = await seekerAccount(db, { resume: "empty", locale: "en" });
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(seeker.email);
    await page.getByLabel("Password").fill("Lantern-river-9274");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await page.goto("/resume/summary");
    await page.getByLabel("Headline").fill("Welder with six years of TIG experience, JLPT N3");
    await page.getByLabel("About your work").fill("I weld stainless pipe for food factories.");
    await page.getByLabel("Career level").selectOption("MID");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(/Saved at/)).toBeVisible();
    await expect(page.getByLabel("Headline")).toHaveValue(
      "Welder with six years of TIG experience, JLPT N3",
    );

    // An empty required field is explained after the post, without any script.
    await page.goto("/resume/personal");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Please fill this in.").first()).toBeVisible();
    await context.close();
  });
});
