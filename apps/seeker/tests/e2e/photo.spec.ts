import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import {
  expect,
  expectAccessible,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

const files = (name: string) =>
  fileURLToPath(new URL(`../../../../tests/e2e/files/${name}`, import.meta.url));

test.describe("resume photo", () => {
  test("a seeker uploads a phone photo; what is stored has no camera or location data left, and only the seeker can open it", async ({
    page,
    db,
    browser,
  }) => {
    test.slow();
    // The fixture really carries the camera model and a GPS position.
    expect((await readFile(files("camera-photo.jpg"))).toString("latin1")).toContain(
      "Secret Model 7",
    );
    const seeker = await seekerAccount(db, { resume: "full", locale: "vi" });
    await signIn(page, seeker.email);
    await page.goto("/resume/personal?lng=vi");
    await expect(page.getByText("Chưa có ảnh")).toBeVisible();

    // Not an image, whatever its name says.
    await page.getByLabel("Chọn ảnh", { exact: true }).setInputFiles(files("not-a-photo.jpg"));
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();
    await expect(page.getByText("Hãy tải lên ảnh JPEG, PNG, WebP hoặc AVIF.")).toBeVisible();

    await page.getByLabel("Chọn ảnh", { exact: true }).setInputFiles(files("camera-photo.jpg"));
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();
    await expect(page.getByText("Đã lưu ảnh của bạn.")).toBeVisible();
    const image = page.getByRole("img", { name: "Ảnh hiện tại của bạn" });
    await expect(image).toBeVisible();
    // Upright: the phone said "rotated 90°", so the stored photo is portrait.
    const size = await image.evaluate((img: HTMLImageElement) => [
      img.naturalWidth,
      img.naturalHeight,
    ]);
    expect(size).toEqual([450, 600]);
    await expectAccessible(page);

    const response = await page.request.get("/resume/photo");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/jpeg");
    expect(response.headers()["cache-control"]).toContain("private");
    const stored = (await response.body()).toString("latin1");
    expect(stored).not.toContain("Secret Model");
    expect(stored).not.toContain("PhoneMaker");
    expect(stored).not.toContain("Exif");

    // A visitor, or another seeker, gets no photo.
    const visitor = await browser.newContext();
    const visitorAnswer = await visitor.request.get(new URL("/resume/photo", page.url()).href, {
      maxRedirects: 0,
    });
    expect(visitorAnswer.status()).toBe(302);
    const other = await seekerAccount(db, { resume: "full" });
    const otherPage = await visitor.newPage();
    await signIn(otherPage, other.email);
    expect((await otherPage.request.get("/resume/photo")).status()).toBe(404);
    await visitor.close();

    await page.getByRole("button", { name: "Xoá ảnh" }).click();
    await expect(page.getByText("Đã xoá ảnh của bạn.")).toBeVisible();
    await expect(page.getByText("Chưa có ảnh")).toBeVisible();
    expect((await page.request.get("/resume/photo")).status()).toBe(404);
  });

  test("works without JavaScript, at phone width", async ({ browser, db }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    const seeker = await seekerAccount(db, { resume: "full" });
    await signIn(page, seeker.email);
    await page.goto("/resume/personal?lng=ja");
    await page.getByLabel("写真を選択", { exact: true }).setInputFiles(files("camera-photo.jpg"));
    await page.getByRole("button", { name: "写真をアップロード" }).click();
    await expect(page.getByText("写真を保存しました。")).toBeVisible();
    await expect(page.getByRole("img", { name: "現在の写真" })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow).toBe(false);
    await context.close();
  });
});
