import { readFile } from "node:fs/promises";
import { acceptMyInvitation } from "@tsunagu/api";
import {
  createEmployerMember,
  createInvitation,
  createJob,
  createSeeker,
} from "@tsunagu/db/testing";
import {
  employerAccount,
  expect,
  expectAccessible,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

test.describe("the company audit log (F16)", () => {
  test("an owner sees who disclosed what, filters by member and downloads the rows as CSV", async ({
    page,
    db,
  }) => {
    const owner = await employerAccount(db, { plan: "pro" });
    const companyId = owner.company.id;
    const aiko = await createEmployerMember(db, { companyId, displayName: "Aiko Recruiter" });
    const binh = await createEmployerMember(db, { companyId, displayName: "Binh Recruiter" });
    const seeker = await createSeeker(db, { searchable: true });
    const other = await createSeeker(db, { searchable: true });
    const job = await createJob(db, { companyId, status: "OPEN" });
    // A resume view as candidates.get writes it, and a contact reveal from an accepted invitation.
    await db.disclosureLedgerEntry.create({
      data: {
        companyId,
        profileId: seeker.profile.id,
        memberId: aiko.member.id,
        kind: "RESUME_VIEW",
        purpose: "=shortlist for the Osaka role",
      },
    });
    const invitation = await createInvitation(db, {
      companyId,
      senderMemberId: binh.member.id,
      profileId: other.profile.id,
      jobId: job.id,
    });
    await acceptMyInvitation(db, other.user.id, invitation.id);

    await signIn(page, owner.email);
    await page.getByRole("link", { name: "Audit log" }).first().click();
    await expect(page).toHaveTitle(/Audit log · Tsunagu/);
    const rows = page.getByRole("row");
    await expect(rows.filter({ hasText: "Aiko Recruiter" })).toContainText("Resume viewed");
    await expect(rows.filter({ hasText: "Binh Recruiter" })).toContainText(
      "Contact details revealed",
    );
    await expect(page.getByText(seeker.profile.searchKey)).toBeVisible();
    // Never a name or contact value.
    await expect(page.getByText(other.user.email)).toHaveCount(0);
    await expectAccessible(page);

    await page.getByLabel("Member").selectOption({ label: "Aiko Recruiter" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`memberId=${aiko.member.id}`));
    await expect(rows.filter({ hasText: "Binh Recruiter" })).toHaveCount(0);
    await expect(rows.filter({ hasText: "Aiko Recruiter" })).toHaveCount(1);

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const download = await downloading;
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("Time,Member,Kind,Purpose,Candidate");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Aiko Recruiter,Resume viewed,'=shortlist for the Osaka role");
    expect(lines[1]).toContain(seeker.profile.searchKey);
  });

  test("a recruiter cannot read the audit log, and the header does not offer it", async ({
    page,
    db,
  }) => {
    const recruiter = await employerAccount(db, { role: "RECRUITER" });
    await signIn(page, recruiter.email);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Search", exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
    await page.goto("/audit");
    await expect(page.getByText("Only company owners can read the audit log.")).toBeVisible();
    const csv = await page.request.get("/audit.csv");
    expect(csv.status()).toBe(403);
  });
});
