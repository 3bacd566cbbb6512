import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { findCandidates } from "@tsunagu/api";
import {
  employerAccount,
  expect,
  expectAccessible,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

// The employer's search runs in this test process (the employer app is not started for seeker
// journeys); it reads the index with the master key that global setup hands to test workers.
process.env.MEILI_API_KEY ??= process.env.MEILI_MASTER_KEY;

const photo = fileURLToPath(new URL("../../../../tests/e2e/files/camera-photo.jpg", import.meta.url));
const saved = (page: Page) =>
  expect(page.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();

test.describe("the seeker's journey", () => {
  test("a new seeker builds a resume in Vietnamese with a photo, is found without anything personal, blocks a company and goes private", async ({
    page,
    db,
  }) => {
    test.setTimeout(180_000); // a whole resume, three visibility pages and index waits
    const word = `hanthep${Date.now().toString(36)}`;
    const seeker = await seekerAccount(db, { resume: "empty", locale: "vi" });
    const employer = await employerAccount(db);
    const company = employer.company;
    const caller = { companyId: company.id, memberId: employer.member.id };
    const search = async () => {
      const result = await findCandidates(db, caller, { query: word });
      return {
        found: result.candidates.some((c) => c.id === seeker.profile.searchKey),
        counted: result.estimatedTotalHits,
      };
    };
    await signIn(page, seeker.email);

    // Personal details and a photo.
    await page.goto("/resume/personal?lng=vi");
    await page.getByLabel("Họ (bắt buộc)").fill("Trần");
    await page.getByLabel("Tên (bắt buộc)").fill("Văn Hùng");
    await page.getByLabel("Quốc gia bạn đang sống").selectOption("JP");
    await page.getByLabel("Tỉnh/thành (Nhật Bản)").selectOption("JP-23");
    await page.getByLabel("Ga gần nhất").fill("Kariya");
    await page.getByLabel("Số điện thoại").fill("080-2468-1357");
    await page.getByLabel("Tư cách lưu trú (visa)").selectOption("SPECIFIED_SKILLED_WORKER_1");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await saved(page);
    await page.getByLabel("Chọn ảnh", { exact: true }).setInputFiles(photo);
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();
    await expect(page.getByText("Đã lưu ảnh của bạn.")).toBeVisible();

    await page.goto("/resume/summary?lng=vi");
    await page.getByLabel("Tiêu đề").fill(`Thợ hàn TIG 6 năm ${word}`);
    await page.getByLabel("Về công việc của bạn").fill("Tôi hàn ống thép không gỉ cho nhà máy thực phẩm.");
    await page.getByLabel("Cấp bậc").selectOption("MID");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await saved(page);

    await page.goto("/resume/languages?lng=vi");
    await page.getByRole("button", { name: "Thêm ngôn ngữ" }).click();
    await page.getByLabel("Ngôn ngữ (bắt buộc)").selectOption("vi");
    await page.getByLabel("Trình độ (bắt buộc)").selectOption("NATIVE");
    await page.getByRole("button", { name: "Thêm ngôn ngữ khác" }).click();
    await page.getByLabel("Ngôn ngữ (bắt buộc)").nth(1).selectOption("ja");
    await page.getByLabel("Trình độ (bắt buộc)").nth(1).selectOption("JLPT_N3");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await saved(page);

    await page.goto("/resume/experience?lng=vi");
    await page.getByRole("button", { name: "Thêm công việc" }).click();
    await page.getByLabel("Chức danh (bắt buộc)").fill("Thợ hàn");
    await page.getByLabel("Nơi làm việc (bắt buộc)").fill("Công ty Đóng tàu Hải Phòng");
    await page.getByLabel("Bắt đầu (bắt buộc)").fill("2019-03");
    await page.getByLabel("Tôi đang làm việc ở đây").check();
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await saved(page);

    await page.goto("/resume/skills?lng=vi");
    await page.getByRole("button", { name: "Thêm kỹ năng" }).click();
    await page.getByLabel("Kỹ năng (bắt buộc)").fill("Hàn TIG");
    await page.getByLabel("Số năm kinh nghiệm").fill("6");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await saved(page);

    await page.goto("/resume/education?lng=vi");
    await page.getByRole("button", { name: "Thêm trường", exact: true }).click();
    await page.getByLabel("Trường học (bắt buộc)").fill("Trường Cao đẳng Kỹ thuật Hải Phòng");
    await page.getByLabel("Trình độ", { exact: true }).selectOption("VOCATIONAL");
    await page.getByLabel("Chuyên ngành").fill("Hàn và gia công kim loại");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await saved(page);

    await page.goto("/resume/preferences?lng=vi");
    await page.locator('input[type="checkbox"][value="FULL_TIME"]').check();
    await page.locator('input[type="checkbox"][value="JP-23"]').check();
    await page.getByLabel("Thời gian có thể bắt đầu").selectOption("WITHIN_ONE_MONTH");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await saved(page);

    await page.goto("/resume?lng=vi");
    await expect(page.getByText("Hồ sơ của bạn đã có đủ thông tin nhà tuyển dụng cần.")).toBeVisible();
    await expectAccessible(page);

    // Searchable, with the consent given on the page.
    await page.goto("/visibility?lng=vi");
    await page.getByLabel("Cho phép tìm kiếm").check();
    await page.getByLabel(/Tôi đồng ý để Tsunagu hiển thị hồ sơ của tôi/).check();
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByTestId("current-visibility")).toHaveText("Hồ sơ của bạn hiện có thể được tìm thấy.");
    await expect.poll(search, { timeout: 20_000 }).toEqual({ found: true, counted: 1 });

    // What the company receives holds no personal field and no photo.
    const hit = (await findCandidates(db, caller, { query: word })).candidates.find(
      (c) => c.id === seeker.profile.searchKey,
    );
    const received = JSON.stringify(hit);
    for (const personal of ["Trần", "Văn Hùng", "Kariya", "2468", "Hải Phòng", seeker.email]) {
      expect(received).not.toContain(personal);
    }
    expect(received).not.toMatch(/photo|upload/i);

    await page.goto("/visibility/preview?lng=vi");
    const view = page.getByTestId("candidate-view");
    await expect(view.getByRole("heading", { level: 2, name: `Thợ hàn TIG 6 năm ${word}` })).toBeVisible();
    const shown = await view.innerText();
    for (const personal of ["Trần", "Văn Hùng", "Kariya", "2468", "Hải Phòng", seeker.email]) {
      expect(shown).not.toContain(personal);
    }
    await expect(view.getByRole("img")).toHaveCount(0);
    await expectAccessible(page);

    // A blocked company neither finds nor counts the resume.
    await page.goto("/visibility/blocks?lng=vi");
    await page.getByLabel("Tên công ty").fill(company.name);
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    await page
      .getByRole("list", { name: "Các công ty tìm thấy" })
      .getByRole("button", { name: `Chặn ${company.name}` })
      .click();
    await expect(page.getByRole("status")).toHaveText("Đã chặn công ty.");
    await expect.poll(search, { timeout: 20_000 }).toEqual({ found: false, counted: 0 });

    // Another company still finds it, until the seeker goes private.
    const other = await employerAccount(db);
    const otherSearch = async () =>
      (await findCandidates(db, { companyId: other.company.id, memberId: other.member.id }, { query: word }))
        .candidates.some((c) => c.id === seeker.profile.searchKey);
    await expect.poll(otherSearch, { timeout: 20_000 }).toBe(true);
    await page.goto("/visibility?lng=vi");
    await page.getByLabel("Riêng tư").check();
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByTestId("current-visibility")).toHaveText("Hồ sơ của bạn hiện đang ở chế độ riêng tư.");
    // R4: gone from the commit on, whatever the index still holds.
    expect(await otherSearch()).toBe(false);
  });
});
