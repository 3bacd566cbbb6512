import { createInvitation, createJob, createSeeker } from "@tsunagu/db/testing";
import {
  employerAccount,
  expect,
  expectAccessible,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";
import { pageTests } from "../../../../tests/e2e/page-checks";

pageTests("employer");

// Pages with a parameter in the path are not in the automatic list: the candidate page (purpose
// form, then the resume and the invitation form) and an accepted invitation with its contact.
test("the candidate and invitation pages have their own title and no serious accessibility problem at 1280 and 375 px", async ({
  page,
  db,
}) => {
  test.setTimeout(120_000);
  const owner = await employerAccount(db, { plan: "pro" });
  const job = await createJob(db, { companyId: owner.company.id, status: "OPEN" });
  const seeker = await createSeeker(db, { searchable: true, resume: "full", locale: "ja" });
  const invitation = await createInvitation(db, {
    companyId: owner.company.id,
    senderMemberId: owner.member.id,
    profileId: seeker.profile.id,
    jobId: job.id,
    status: "ACCEPTED",
  });
  await signIn(page, owner.email);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/candidates/${seeker.profile.searchKey}`);
    await expect(page).toHaveTitle(/^Candidate · /);
    await expectAccessible(page);
    // The purpose is asked once; at the second width the page remembers it.
    if (width === 1280) {
      await page
        .getByLabel("Purpose", { exact: true })
        .selectOption({ label: "General talent pool review" });
      await page.getByRole("button", { name: "Open the resume" }).click();
    }
    await expect(page.getByTestId("candidate-view")).toBeVisible();
    await expectAccessible(page);
    await page.goto("/invitations");
    await expectAccessible(page);
    await page.goto(`/invitations/${invitation.id}`);
    await expect(page.getByTestId("contact")).toContainText(seeker.user.email);
    await expect(page).toHaveTitle(new RegExp(`^Invitation for `));
    await expectAccessible(page);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
});
