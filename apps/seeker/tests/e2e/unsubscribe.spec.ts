import { sendInvitation } from "@tsunagu/api";
import { createJob } from "@tsunagu/db/testing";
import {
  employerAccount,
  expect,
  expectAccessible,
  mail,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

const offer = (candidateId: string, jobId: string) => ({
  candidateId,
  jobId,
  salaryMin: 4_000_000,
  salaryMax: 5_000_000,
  salaryCurrency: "JPY" as const,
  salaryPeriod: "YEARLY" as const,
  visaSupport: true,
  message: "We would like to talk with you.",
});

test.describe("one-click unsubscribe (F8, RFC 8058)", () => {
  test("the invitation mail carries List-Unsubscribe; the link works without a session and no further invitation mail arrives", async ({
    page,
    db,
    baseURL,
    playwright,
  }) => {
    test.setTimeout(120_000);
    const seeker = await seekerAccount(db, { searchable: true, resume: "full", locale: "en" });
    const employer = await employerAccount(db, { plan: "standard" });
    const caller = { companyId: employer.company.id, memberId: employer.member.id };
    const seekerLink = (path: string) => new URL(path, baseURL).toString();
    const first = await createJob(db, {
      companyId: employer.company.id,
      status: "OPEN",
      job: { title: "Welder, Yokohama plant" },
    });
    await sendInvitation(db, caller, offer(seeker.profile.searchKey, first.id), {
      mail: { seekerLink },
    });

    // Sent by the jobs worker from the outbox, with both List-Unsubscribe forms and an HTML part.
    const message = await mail().waitForMessage(
      seeker.email,
      (m) => m.subject.includes("Welder, Yokohama plant"),
      30_000,
    );
    const header = message.headers["list-unsubscribe"] ?? "";
    const https = /<(https?:\/\/[^>]+\/unsubscribe\?token=[A-Za-z0-9_-]+)>/.exec(header)?.[1];
    expect(https, header).toBeTruthy();
    expect(header).toMatch(/<mailto:[^>]+>/);
    expect(message.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(message.html).toContain(`href="${https}"`);
    expect(message.text).toContain(https!);

    // No session: the GET shows a confirm page and changes nothing.
    await page.goto(`${https}&lng=en`);
    await expect(page.getByRole("heading", { name: "Unsubscribe" })).toBeVisible();
    await expect(
      page.getByText("Stop receiving “Invitations from companies” emails at this address?"),
    ).toBeVisible();
    await expectAccessible(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page);
    expect(
      await db.emailPreference.count({
        where: { userId: seeker.user.id, category: "INVITATIONS" },
      }),
    ).toBe(0);

    // The RFC 8058 one-click POST, as a mail provider sends it: no cookie, no origin; twice.
    const client = await playwright.request.newContext();
    for (let i = 0; i < 2; i++) {
      const response = await client.post(https!, {
        form: { "List-Unsubscribe": "One-Click" },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(200);
    }
    await client.dispose();
    await page.reload();
    await expect(
      page.getByText("You are already unsubscribed from “Invitations from companies” emails."),
    ).toBeVisible();

    // A further invitation: the invitation is there, the mail is not.
    const second = await createJob(db, {
      companyId: employer.company.id,
      status: "OPEN",
      job: { title: "Line lead, Nagoya" },
    });
    const again = await sendInvitation(db, caller, offer(seeker.profile.searchKey, second.id), {
      mail: { seekerLink },
    });
    expect(again.emailed).toBe(false);
    await page.waitForTimeout(5_000);
    expect((await mail().messages({ to: seeker.email })).map((m) => m.subject)).toEqual([
      message.subject,
    ]);

    // The setting shows it, signed in.
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, seeker.email);
    await page.goto("/account/email?lng=en");
    await expect(
      page.getByRole("checkbox", { name: "Invitations from companies" }),
    ).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Job alerts" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Resume reminders" })).not.toBeChecked();
    await page.getByRole("checkbox", { name: "Newsletter" }).check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Your email settings are saved.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Newsletter" })).toBeChecked();
    await expectAccessible(page);
  });
});
