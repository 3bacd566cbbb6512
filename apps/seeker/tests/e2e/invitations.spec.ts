import { sendInvitation } from "@tsunagu/api";
import { createJob } from "@tsunagu/db/testing";
import {
  employerAccount,
  expect,
  expectAccessible,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

test.describe("invitations from employers (F6)", () => {
  test("a fresh searchable seeker accepts one invitation, declines another and reports a third", async ({ page, db }) => {
    test.setTimeout(120_000);
    const seeker = await seekerAccount(db, { searchable: true, resume: "full", locale: "en" });
    const employer = await employerAccount(db, { plan: "standard" });
    const titles = ["Welder, Yokohama plant", "Line lead, Nagoya", "Easy money from home"];
    const jobs = await Promise.all(
      titles.map((title) => createJob(db, { companyId: employer.company.id, status: "OPEN", job: { title } })),
    );
    // Through the employer service, addressed by the search key as the employer search API shows it.
    const sent = [];
    for (const job of jobs) {
      sent.push(
        await sendInvitation(
          db,
          { companyId: employer.company.id, memberId: employer.member.id },
          {
            candidateId: seeker.profile.searchKey,
            jobId: job.id,
            salaryMin: 4_000_000,
            salaryMax: 5_000_000,
            salaryCurrency: "JPY",
            salaryPeriod: "YEARLY",
            visaSupport: true,
            message: `We would like to talk with you about ${job.title}.`,
          },
        ),
      );
    }
    const [accepted, declined, reported] = sent.map((s) => s.invitationId);

    await signIn(page, seeker.email);
    await page.getByRole("link", { name: "Invitations" }).first().click();
    await expect(page).toHaveTitle(/Invitations · Tsunagu/);
    for (const title of titles) await expect(page.getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByText(employer.company.name).first()).toBeVisible();
    await expect(page.getByText("The company supports your visa").first()).toBeVisible();
    await expectAccessible(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page);

    // Accept: the page says what is disclosed and to whom, then the ledger holds it.
    await page.getByRole("link", { name: titles[0] }).click();
    await expect(page).toHaveTitle(new RegExp(`Invitation from ${employer.company.name} · Tsunagu`));
    await expect(page.getByText(`If you accept, ${employer.company.name} receives your name, email address and phone number`)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: `Accept and share my contact details with ${employer.company.name}` }).click();
    await expect(page.getByText(`You accepted. ${employer.company.name} can now contact you.`)).toBeVisible();
    await expect(page.getByText("Accepted", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Decline", exact: true })).toHaveCount(0);
    expect(
      await db.disclosureLedgerEntry.findMany({ where: { invitationId: accepted }, select: { kind: true, companyId: true } }),
    ).toEqual([{ kind: "CONTACT_REVEAL", companyId: employer.company.id }]);

    // Decline: nothing is shared.
    await page.goto(`/invitations/${declined}`);
    await page.getByRole("button", { name: "Decline", exact: true }).click();
    await expect(page.getByText("You declined this invitation. Nothing was shared.")).toBeVisible();
    await expect(page.getByText("Declined", { exact: true })).toBeVisible();
    expect(await db.disclosureLedgerEntry.count({ where: { invitationId: declined } })).toBe(0);

    // Report: a reason is required; then it leaves the inbox and is kept for review.
    await page.goto(`/invitations/${reported}`);
    await page.getByRole("button", { name: "Report" }).click();
    await expect(page.getByLabel(/Reason/)).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel(/Reason/).selectOption("SCAM");
    await page.getByLabel("What happened? (optional)").fill("They asked me to pay a registration fee.");
    await page.getByRole("button", { name: "Report" }).click();
    await expect(page).toHaveURL(/\/invitations\?reported=1$/);
    await expect(page.getByText("The invitation was reported and removed from your inbox.")).toBeVisible();
    await expect(page.getByRole("link", { name: titles[2] })).toHaveCount(0);
    await expect(page.getByRole("link", { name: titles[0] })).toBeVisible();
    await expect(page.getByRole("link", { name: titles[1] })).toBeVisible();
    expect(await db.invitation.findUniqueOrThrow({ where: { id: reported }, select: { status: true, reportReason: true } })).toEqual({
      status: "REPORTED",
      reportReason: "SCAM: They asked me to pay a registration fee.",
    });
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("an invitation can be accepted, in Vietnamese, and the empty inbox says what to expect", async ({ page, db }) => {
      const seeker = await seekerAccount(db, { searchable: true, resume: "full", locale: "vi" });
      const employer = await employerAccount(db);
      await signIn(page, seeker.email);
      await page.goto("/invitations");
      await expect(page.getByText("No invitations yet")).toBeVisible();

      const job = await createJob(db, { companyId: employer.company.id, status: "OPEN" });
      const { invitationId } = await sendInvitation(
        db,
        { companyId: employer.company.id, memberId: employer.member.id },
        { candidateId: seeker.profile.searchKey, jobId: job.id, salaryMin: 250_000, salaryMax: 300_000, salaryPeriod: "MONTHLY", visaSupport: false, message: "Xin chào!" },
      );
      await page.goto(`/invitations/${invitationId}?lng=vi`);
      await expect(page.getByRole("heading", { level: 2, name: "Chấp nhận lời mời này" })).toBeVisible();
      await expect(page.getByText("Không hỗ trợ visa")).toBeVisible();
      await page.getByRole("button", { name: `Chấp nhận và chia sẻ thông tin liên hệ với ${employer.company.name}` }).click();
      await expect(page.getByText(`Bạn đã chấp nhận. ${employer.company.name} giờ có thể liên hệ với bạn.`)).toBeVisible();
      expect(await db.disclosureLedgerEntry.count({ where: { invitationId, kind: "CONTACT_REVEAL" } })).toBe(1);
    });
  });
});
