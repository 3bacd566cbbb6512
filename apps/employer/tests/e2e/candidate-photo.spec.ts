import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { fileStore, saveProfilePhoto } from "@tsunagu/api";
import { createApplication, createJob, createSeeker } from "@tsunagu/db/testing";
import { employerAccount, expect, signIn, test } from "../../../../tests/e2e/fixtures";

const photo = fileURLToPath(
  new URL("../../../../tests/e2e/files/camera-photo.jpg", import.meta.url),
);

test.describe("candidate photos", () => {
  test("a company sees the photo of a seeker who applied to it, and no other company does", async ({
    page,
    db,
    browser,
  }) => {
    const owner = await employerAccount(db);
    const seeker = await createSeeker(db, { resume: "full" });
    await saveProfilePhoto(db, fileStore(), seeker.user.id, new Uint8Array(await readFile(photo)));
    const job = await createJob(db, { companyId: owner.company.id });
    const application = await createApplication(db, {
      jobId: job.id,
      profileId: seeker.profile.id,
    });

    await signIn(page, owner.email);
    const response = await page.request.get(`/photos/application/${application.id}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/jpeg");
    expect(response.headers()["cache-control"]).toContain("private");
    expect((await response.body()).toString("latin1")).not.toContain("Exif");
    expect((await page.request.get("/photos/application/not-an-id")).status()).toBe(404);
    expect((await page.request.get(`/photos/somethingelse/${application.id}`)).status()).toBe(404);

    const other = await employerAccount(db);
    const otherContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const otherPage = await otherContext.newPage();
    await signIn(otherPage, other.email);
    expect((await otherPage.request.get(`/photos/application/${application.id}`)).status()).toBe(
      404,
    );
    await otherContext.close();

    // Withdrawn: the right is gone.
    await db.application.update({ where: { id: application.id }, data: { status: "WITHDRAWN" } });
    expect((await page.request.get(`/photos/application/${application.id}`)).status()).toBe(404);
  });
});
