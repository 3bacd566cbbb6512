import { acceptMyInvitation } from "@tsunagu/api";
import { createJob, createSeeker, uniqueSuffix } from "@tsunagu/db/testing";
import type { Db } from "@tsunagu/db";
import {
  employerAccount,
  expect,
  expectAccessible,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

/**
 * A searchable seeker whose resume holds one skill (and only that: an empty resume otherwise, so
 * a random certification cannot make another query find it), with a unique headline to find
 * their card by. The skill row's trigger writes the outbox event; the e2e worker indexes it.
 */
async function seekerWithSkill(
  db: Db,
  skill: string,
  headline: string,
  locale: "vi" | "ja" | "en",
) {
  const seeker = await createSeeker(db, {
    searchable: true,
    locale,
    resume: "empty",
    profile: { headline, summary: null, phone: "+819012345678" },
  });
  await db.skill.create({ data: { profileId: seeker.profile.id, name: skill } });
  return seeker;
}

test.describe("resume search (F12) and invitations (F13)", () => {
  test("searches in Japanese and Vietnamese with facets, opens a redacted candidate for a purpose, invites, and sees the contact once accepted", async ({
    page,
    db,
  }) => {
    test.setTimeout(180_000);
    const word = uniqueSuffix();
    const owner = await employerAccount(db, { plan: "pro" });
    const job = await createJob(db, {
      companyId: owner.company.id,
      status: "OPEN",
      job: { title: `Welder ${word}` },
    });
    const welder = await seekerWithSkill(db, "hàn", `Thợ hàn ${word}`, "vi");
    const carer = await seekerWithSkill(db, "điều dưỡng", `Điều dưỡng viên ${word}`, "vi");

    await signIn(page, owner.email);
    await page.getByRole("link", { name: "Search", exact: true }).first().click();
    await expect(page).toHaveURL(/\/search/);
    await expect(page.getByText(/Searches left today: \d+ of 1000/)).toBeVisible();
    await expect(page.getByText(/A search counts once per committed query/)).toBeVisible();

    // 溶接 (welding) finds the Vietnamese welder through the taxonomy, not the carer. The worker
    // indexes the new resumes from the outbox: retry until they are searchable.
    await expect(async () => {
      await page.goto(`/search?q=${encodeURIComponent(`溶接 ${word}`)}`);
      await expect(page.getByRole("link", { name: `Thợ hàn ${word}` })).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 60_000 });
    await expect(page.getByRole("link", { name: `Điều dưỡng viên ${word}` })).toHaveCount(0);
    await expectAccessible(page);

    // 介護 (care) finds the carer; typing in the box updates the results and the URL.
    const box = page.getByLabel("Keywords");
    await box.fill(`介護 ${word}`);
    await expect(page).toHaveURL(/q=%E4%BB%8B%E8%AD%B7/);
    await expect(page.getByRole("link", { name: `Điều dưỡng viên ${word}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Thợ hàn ${word}` })).toHaveCount(0);

    // Vietnamese query, then a facet: the skill with its count, and a chip to remove it.
    await page.goto(`/search?q=${encodeURIComponent(`hàn ${word}`)}`);
    await expect(page.getByRole("link", { name: `Thợ hàn ${word}` })).toBeVisible();
    const facet = page.getByRole("group", { name: "Skills" }).getByLabel(/^hàn \(\d+\)$/);
    await facet.check();
    await expect(page).toHaveURL(/skills=h%C3%A0n/);
    const chip = page.getByRole("link", { name: "Remove filter Skills: hàn" });
    await expect(chip).toBeVisible();
    await expect(page.getByRole("link", { name: `Thợ hàn ${word}` })).toBeVisible();
    await chip.click();
    await expect(page).not.toHaveURL(/skills=/);

    // Keyboard: j focuses the first result, Enter opens it.
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    await page.keyboard.press("j");
    await expect(page.getByRole("link", { name: `Thợ hàn ${word}` })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/candidates/${welder.profile.searchKey}$`));

    // First the purpose; nothing of the resume before it.
    await expect(
      page.getByRole("heading", { name: "Why are you opening this resume?" }),
    ).toBeVisible();
    await expect(page.getByTestId("candidate-view")).toHaveCount(0);
    await page
      .getByLabel("Purpose", { exact: true })
      .selectOption({ label: `For the job: Welder ${word}` });
    await page.getByRole("button", { name: "Open the resume" }).click();
    const view = page.getByTestId("candidate-view");
    await expect(view).toContainText(`Thợ hàn ${word}`);
    await expect(view).toContainText("hàn");
    const text = await page.locator("main").innerText();
    expect(text).not.toContain(welder.user.email);
    expect(text).not.toContain("9012345678");
    if (welder.profile.lastName) expect(text).not.toContain(welder.profile.lastName);
    await expectAccessible(page);
    const views = await db.disclosureLedgerEntry.count({
      where: { profileId: welder.profile.id, kind: "RESUME_VIEW" },
    });
    expect(views).toBe(1);

    // A reload does not ask again, and is recorded as another view.
    await page.reload();
    await expect(page.getByTestId("candidate-view")).toBeVisible();
    expect(
      await db.disclosureLedgerEntry.count({
        where: { profileId: welder.profile.id, kind: "RESUME_VIEW" },
      }),
    ).toBe(2);

    // Invite: a refused range keeps what was typed; then it is sent; a second one is refused.
    await page.getByRole("combobox", { name: /^Job/ }).selectOption({ label: `Welder ${word}` });
    await page.getByLabel("Salary from").fill("5000000");
    await page.getByLabel("Salary up to").fill("4000000");
    await page.getByLabel("We support the visa").check();
    await page
      .getByLabel("Message")
      .fill("We would like to talk about a welding role in Yokohama.");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(
      page
        .getByText("The highest salary cannot be below the lowest.")
        .or(page.getByText(/cannot be (below|lower)/)),
    ).toBeVisible();
    await page.getByLabel("Salary up to").fill("6000000");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText("Invitation sent. It stays open for 30 days.")).toBeVisible();
    await page.getByRole("combobox", { name: /^Job/ }).selectOption({ label: `Welder ${word}` });
    await page.getByLabel("Salary from").fill("5000000");
    await page.getByLabel("Salary up to").fill("6000000");
    await page.getByLabel("Message").fill("Second try.");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(
      page.getByText("This candidate already has an open invitation for this job."),
    ).toBeVisible();

    // The company's invitations: waiting, no contact; accepted, the contact appears.
    await page.getByRole("link", { name: "Invitations", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Sent invitations" })).toBeVisible();
    await expect(page.getByRole("cell", { name: `Welder ${word}`, exact: true })).toBeVisible();
    await expect(page.getByText("Waiting for an answer")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: /Details of the invitation for/ }).click();
    await expect(
      page.getByText("Contact details are shared only when the candidate accepts."),
    ).toBeVisible();
    expect(await page.locator("main").innerText()).not.toContain(welder.user.email);

    const invitation = await db.invitation.findFirstOrThrow({
      where: { profileId: welder.profile.id, jobId: job.id },
    });
    await acceptMyInvitation(db, welder.user.id, invitation.id);
    await page.reload();
    await expect(page.getByTestId("contact")).toContainText(welder.user.email);
    await expect(page.getByTestId("contact")).toContainText("+819012345678");
    await expect(page.getByText("Accepted", { exact: true })).toBeVisible();
    await expectAccessible(page);
    // The carer was never opened: nothing of theirs in the ledger.
    expect(await db.disclosureLedgerEntry.count({ where: { profileId: carer.profile.id } })).toBe(
      0,
    );
  });

  test("a company with no posted job invites to a position it describes in the invitation", async ({
    page,
    db,
  }) => {
    const word = uniqueSuffix();
    const owner = await employerAccount(db, { plan: "pro" });
    const seeker = await seekerWithSkill(db, "hàn", `Thợ hàn ${word}`, "vi");
    await signIn(page, owner.email);
    await page.goto(`/candidates/${seeker.profile.searchKey}`);
    await page.getByLabel("Purpose", { exact: true }).selectOption("general");
    await page.getByRole("button", { name: "Open the resume" }).click();
    await expect(page.getByTestId("candidate-view")).toContainText(`Thợ hàn ${word}`);

    await page
      .getByRole("combobox", { name: /^Job/ })
      .selectOption({ label: "Describe the position instead…" });
    await page.getByLabel("Salary from").fill("3800000");
    await page.getByLabel("Salary up to").fill("4600000");
    await page.getByLabel("Message").fill("We build ships in Kanagawa and need welders.");
    // The position's own fields are required once it is the choice; nothing typed is lost.
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByLabel("Position title")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Message")).toHaveValue(
      "We build ships in Kanagawa and need welders.",
    );
    await page.getByLabel("Position title").fill(`Shipyard welder ${word}`);
    await page.getByLabel("Type of employment").selectOption({ label: "Full-time" });
    await page.getByLabel("Where").selectOption({ label: "Kanagawa" });
    await page.getByLabel("What the work is").fill("Arc welding of hull blocks, day shifts.");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText("Invitation sent. It stays open for 30 days.")).toBeVisible();

    const invitation = await db.invitation.findFirstOrThrow({
      where: { profileId: seeker.profile.id, companyId: owner.company.id },
      select: { job: { select: { title: true, status: true, location: true } } },
    });
    expect(invitation.job).toEqual({
      title: `Shipyard welder ${word}`,
      status: "DRAFT",
      location: "Kanagawa",
    });
    await page.getByRole("link", { name: "Invitations", exact: true }).first().click();
    await expect(
      page.getByRole("cell", { name: `Shipyard welder ${word}`, exact: true }),
    ).toBeVisible();
  });

  test("a company without a paid plan is told search needs one, with a link to billing", async ({
    page,
    db,
  }) => {
    const owner = await employerAccount(db, { plan: "free" });
    await signIn(page, owner.email);
    await page.goto("/search?q=welder");
    await expect(page.getByText("Resume search needs a paid plan")).toBeVisible();
    await expect(page.getByRole("link", { name: "Choose a plan" })).toHaveAttribute(
      "href",
      "/billing",
    );
    await expectAccessible(page);
  });

  test("a missing, hidden or malformed candidate is one 404 page, which says nothing of which", async ({
    page,
    db,
    consoleGuard,
  }) => {
    // The browser reports each 404 document in its console: that is the point here.
    consoleGuard.allow(/status of 404/);
    const owner = await employerAccount(db, { plan: "pro" });
    const hidden = await createSeeker(db, { searchable: false });
    await signIn(page, owner.email);
    expect((await page.goto("/candidates/not-a-key"))?.status()).toBe(404);
    await expect(
      page.getByRole("heading", { level: 1, name: "Candidate not available" }),
    ).toBeVisible();
    for (const key of ["00000000-0000-7000-8000-000000000000", hidden.profile.searchKey]) {
      await page.goto(`/candidates/${key}`);
      await page
        .getByLabel("Purpose", { exact: true })
        .selectOption({ label: "General talent pool review" });
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "Open the resume" }).click(),
      ]);
      expect(response.status()).toBe(404);
      await expect(
        page.getByRole("heading", { level: 1, name: "Candidate not available" }),
      ).toBeVisible();
    }
    expect(await db.disclosureLedgerEntry.count({ where: { profileId: hidden.profile.id } })).toBe(
      0,
    );
  });
});
