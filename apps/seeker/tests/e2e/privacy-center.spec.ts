import { readFile } from "node:fs/promises";
import { fileStore, findCandidates, saveProfilePhoto } from "@tsunagu/api";
import {
  employerAccount,
  expect,
  expectAccessible,
  mail,
  PASSWORD,
  seekerAccount,
  signIn,
  test,
} from "../../../../tests/e2e/fixtures";

// The employer's search runs in this test process (the employer app is not started for seeker
// journeys); it reads the index with the master key that global setup hands to test workers.
process.env.MEILI_API_KEY ??= process.env.MEILI_MASTER_KEY;

test.describe("privacy center", () => {
  test("withdrawing the searchable consent takes the resume out of search at once, with a history and a receipt", async ({
    page,
    db,
    consoleGuard,
  }) => {
    const headline = `Kaigo shift leader ${Date.now().toString(36)}`;
    const seeker = await seekerAccount(db, {
      locale: "en",
      searchable: true,
      consents: ["NEWSLETTER"],
      profile: { headline },
    });
    const employer = await employerAccount(db);
    const caller = { companyId: employer.company.id, memberId: employer.member.id };
    const found = async () =>
      (await findCandidates(db, caller, { query: headline })).candidates.some(
        (c) => c.id === seeker.profile.searchKey,
      );
    await expect.poll(found, { timeout: 15_000 }).toBe(true);

    await signIn(page, seeker.email);
    await page.getByRole("link", { name: "Privacy", exact: true }).first().click();
    await expect(page).toHaveTitle(/Privacy center · Tsunagu/);
    await expect(page.getByRole("heading", { level: 1, name: "Privacy center" })).toBeVisible();
    await expectAccessible(page);

    const row = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /Be found by companies/ }) });
    await expect(row.getByText("On", { exact: true })).toBeVisible();
    // A purpose never agreed to is off, and offered, not pre-set.
    const partners = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /Offers from partners/ }) });
    await expect(partners.getByText("You have never agreed to this.")).toBeVisible();
    await expect(partners.getByRole("button", { name: "Agree" })).toBeVisible();

    await row.getByRole("button", { name: "Withdraw" }).click();
    await expect(
      page.getByText("Saved: you withdrew “Be found by companies”. It takes effect now."),
    ).toBeVisible();
    await expect(row.getByText("Off", { exact: true })).toBeVisible();
    // R4: gone from the commit on, whatever the index still holds.
    expect(await found()).toBe(false);

    await row.getByText("History (2)").click();
    const history = row.getByRole("listitem");
    await expect(history.first()).toContainText("Withdrawn");
    await expect(history.first()).toContainText("in the privacy center");
    await expect(history.nth(1)).toContainText("Agreed");
    await history.first().getByRole("link", { name: "Receipt" }).click();
    await expect(page).toHaveTitle(/Consent receipt · Tsunagu/);
    await expect(page.getByText(seeker.email)).toBeVisible();
    await expect(page.getByText("Withdrawn", { exact: true })).toBeVisible();
    await expectAccessible(page);
    // Printing shows the receipt alone, without the site's header.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: "Consent receipt" })).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    // Another person's receipt is simply not there.
    consoleGuard.allow(/status of 404/);
    const other = await seekerAccount(db, { searchable: true });
    const theirs = await db.consentEvent.findFirstOrThrow({ where: { userId: other.user.id } });
    const response = await page.goto(`/privacy/receipts/${theirs.id}`);
    expect(response?.status()).toBe(404);
  });

  test("restriction and the objection to marketing each work on their own", async ({
    page,
    db,
  }) => {
    const seeker = await seekerAccount(db, {
      locale: "en",
      searchable: true,
      consents: ["NEWSLETTER", "JOB_ALERTS"],
    });
    await signIn(page, seeker.email);
    await page.goto("/privacy");

    await page.getByRole("button", { name: "Object to marketing" }).click();
    await expect(page.getByText("Saved: no marketing of any kind from now on.")).toBeVisible();
    await expect(page.getByTestId("objection-state")).toContainText(
      "You object to marketing since",
    );
    const newsletter = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /Newsletter/ }) });
    await expect(newsletter.getByText("Off while you object to marketing.")).toBeVisible();
    await expect(newsletter.getByRole("button")).toHaveCount(0);
    // Job alerts are not marketing: untouched.
    const alerts = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /Job alert emails/ }) });
    await expect(alerts.getByText("On", { exact: true })).toBeVisible();
    await expect(page.getByTestId("restriction-state")).toHaveText("Processing is not restricted.");

    await page.getByRole("button", { name: "Restrict processing" }).click();
    await expect(page.getByTestId("restriction-state")).toContainText(
      "Processing is restricted since",
    );
    const user = await db.user.findUniqueOrThrow({ where: { id: seeker.user.id } });
    expect(user.processingRestrictedAt).not.toBeNull();
    expect(user.marketingObjectedAt).not.toBeNull();

    await page.getByRole("button", { name: "Lift the restriction" }).click();
    await expect(page.getByTestId("restriction-state")).toHaveText("Processing is not restricted.");
    await page.getByRole("button", { name: "Lift the objection" }).click();
    await expect(
      page.getByText("The objection is lifted. Marketing stays off until you agree to it again."),
    ).toBeVisible();
    await expect(newsletter.getByRole("button", { name: "Agree" })).toBeVisible();
  });

  test("the disclosure ledger shows which company saw what and why, and filters", async ({
    page,
    db,
  }) => {
    const seeker = await seekerAccount(db, { locale: "en", searchable: true });
    const [viewer, receiver] = await Promise.all([employerAccount(db), employerAccount(db)]);
    await db.disclosureLedgerEntry.createMany({
      data: [
        {
          profileId: seeker.profile.id,
          companyId: viewer.company.id,
          kind: "RESUME_VIEW",
          purpose: "Night-shift welder opening",
        },
        {
          profileId: seeker.profile.id,
          companyId: receiver.company.id,
          kind: "CONTACT_REVEAL",
          purpose: "Accepted invitation",
        },
      ],
    });
    await signIn(page, seeker.email);
    await page.goto("/privacy");
    await page.getByRole("link", { name: "Who saw your data" }).click();
    await expect(page).toHaveTitle(/Who saw your data · Tsunagu/);
    const records = page.getByRole("list", { name: "Who saw your data" }).getByRole("listitem");
    await expect(records).toHaveCount(2);
    await expect(records.filter({ hasText: viewer.company.name })).toContainText(
      "Viewed your redacted resume",
    );
    await expect(records.filter({ hasText: viewer.company.name })).toContainText(
      "Night-shift welder opening",
    );
    await expectAccessible(page);

    await page.getByLabel("What").selectOption({ label: "Received your contact details" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/kind=CONTACT_REVEAL/);
    await expect(records).toHaveCount(1);
    await expect(records.first()).toContainText(receiver.company.name);

    await page.getByLabel("What").selectOption({ label: "Exported your resume" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByText("No records match these filters.")).toBeVisible();
  });

  test("downloads everything held about the seeker, and the resume as JSON Resume, at once", async ({
    page,
    db,
  }) => {
    const seeker = await seekerAccount(db, { locale: "en", searchable: true, resume: "full" });
    await signIn(page, seeker.email);
    await page.goto("/privacy");

    const [data] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "All my data (JSON)" }).click(),
    ]);
    expect(data.suggestedFilename()).toMatch(/^tsunagu-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile((await data.path())!, "utf8")) as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    expect(exported.tables.users).toEqual([expect.objectContaining({ email: seeker.email })]);
    expect(exported.tables.users![0]).not.toHaveProperty("password_hash");
    expect(exported.tables.work_experiences).toHaveLength(seeker.resume.workExperiences.length);
    expect(exported.tables.audit_events!.map((e) => e.action)).toContain("privacy.export");

    const [resume] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "My resume (JSON Resume)" }).click(),
    ]);
    expect(resume.suggestedFilename()).toBe("resume.json");
    const jsonResume = JSON.parse(await readFile((await resume.path())!, "utf8")) as {
      basics: { email: string };
      work: unknown[];
    };
    expect(jsonResume.basics.email).toBe(seeker.email);
    expect(jsonResume.work).toHaveLength(seeker.resume.workExperiences.length);

    // Signed out, neither file is there to take.
    await page.context().clearCookies();
    const response = await page.request.get("/privacy/data.json", { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.status()).toBeLessThan(400);
  });
});

test.describe("deleting the account (F7)", () => {
  test("asks for the password, removes every copy of the person and says what was kept, by email too", async ({
    page,
    db,
  }) => {
    const seeker = await seekerAccount(db, { locale: "en", searchable: true });
    const searchKey = seeker.profile.searchKey;
    await saveProfilePhoto(
      db,
      fileStore(),
      seeker.user.id,
      new Uint8Array(
        await readFile(new URL("../../../../tests/e2e/files/camera-photo.jpg", import.meta.url)),
      ),
    );
    const { storageKey } = await db.upload.findFirstOrThrow({
      where: { ownerUserId: seeker.user.id },
      select: { storageKey: true },
    });
    const employer = await employerAccount(db);
    await db.disclosureLedgerEntry.create({
      data: {
        profileId: seeker.profile.id,
        companyId: employer.company.id,
        memberId: employer.member.id,
        kind: "RESUME_VIEW",
        purpose: "Welder, night shift",
      },
    });
    // The resume document in Meilisearch, read directly with the master key.
    const indexUrl = `${process.env.MEILI_URL}/indexes/${process.env.MEILI_INDEX_PREFIX ?? ""}resumes/documents/${searchKey}`;
    const documentStatus = async () =>
      (
        await fetch(indexUrl, {
          headers: { Authorization: `Bearer ${process.env.MEILI_MASTER_KEY}` },
        })
      ).status;
    await expect.poll(documentStatus, { timeout: 20_000 }).toBe(200);

    await signIn(page, seeker.email);
    await page.goto("/privacy");
    await page.getByRole("link", { name: "Delete account" }).click();
    await expect(page).toHaveTitle(/Delete my account · Tsunagu/);
    await expect(
      page.getByText(/Japan's APPI requires it\. Each record is deleted 3 years/),
    ).toBeVisible();
    await expectAccessible(page);

    // A wrong password deletes nothing, and says so.
    await page.getByLabel("Your password").fill("not-my-password");
    await page.getByLabel(/I understand that my account/).check();
    await page.getByRole("button", { name: "Delete my account permanently" }).click();
    await expect(page.getByRole("alert")).toHaveText(
      "That password is not correct. Nothing was deleted.",
    );
    expect(await db.user.count({ where: { id: seeker.user.id } })).toBe(1);

    await page.getByLabel("Your password").fill(PASSWORD);
    await page.getByLabel(/I understand that my account/).check();
    await page.getByRole("button", { name: "Delete my account permanently" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Your account has been deleted" }),
    ).toBeVisible();
    await expect(page.getByText(/1 record of a disclosure to a company \(APPI\)/)).toBeVisible();
    await expect(page.getByText(/We sent a confirmation to your email address/)).toBeVisible();

    // Nothing of the person is left: rows, the index document, the photo, queued mail, sessions.
    expect(await db.user.count({ where: { id: seeker.user.id } })).toBe(0);
    expect(await db.seekerProfile.count({ where: { id: seeker.profile.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: seeker.user.id } })).toBe(0);
    expect(await db.outboundEmail.count({ where: { toAddress: seeker.email } })).toBe(0);
    expect(await db.upload.count({ where: { storageKey } })).toBe(0);
    expect(await fileStore().get(storageKey)).toBeNull();
    await expect.poll(documentStatus, { timeout: 20_000 }).toBe(404);
    // The browser is signed out.
    await page.goto("/privacy");
    await expect(page).toHaveURL(/\/sign-in/);

    const message = await mail().waitForMessage(
      seeker.email,
      (m) => m.subject === "Your Tsunagu account has been deleted",
    );
    expect(message.text).toContain("Japan's APPI requires these records");
  });
});

test.describe("requests that need a person (F7)", () => {
  test("a complaint is sent with its due date, listed with its status, and acknowledged by email", async ({
    page,
    db,
  }) => {
    const seeker = await seekerAccount(db, { locale: "en" });
    await signIn(page, seeker.email);
    await page.goto("/privacy");
    await page.getByRole("link", { name: "Requests", exact: true }).click();
    await expect(page).toHaveTitle(/Requests to our team · Tsunagu/);
    await expect(page.getByText("You have sent no request.")).toBeVisible();

    // Too short: explained, and what was typed stays.
    await page.getByLabel("What is it about?").selectOption("COMPLAINT");
    await page.getByLabel("Your request").fill("Bad");
    await page.getByRole("button", { name: "Send the request" }).click();
    await expect(page.getByLabel("Your request")).toHaveValue("Bad");
    expect(await db.dataSubjectRequest.count({ where: { userId: seeker.user.id } })).toBe(0);

    const words = "A company kept messaging me after I declined its invitation.";
    await page.getByLabel("Your request").fill(words);
    await page.getByRole("button", { name: "Send the request" }).click();
    await expect(page.getByText("Your request was received.")).toBeVisible();
    const list = page.getByRole("list", { name: "Your requests" });
    await expect(list.getByText("A complaint or a claim")).toBeVisible();
    await expect(list.getByText("Received", { exact: true })).toBeVisible();
    await expect(list.getByText(/answer due by/)).toBeVisible();
    await expect(list.getByText(words)).toBeVisible();
    await expectAccessible(page);
    const row = await db.dataSubjectRequest.findFirstOrThrow({
      where: { userId: seeker.user.id },
    });
    expect(row).toMatchObject({ kind: "COMPLAINT", status: "RECEIVED", details: words });
    const message = await mail().waitForMessage(
      seeker.email,
      (m) => m.subject === "We received your request",
    );
    expect(message.text).toContain("/privacy/requests");
  });
});
