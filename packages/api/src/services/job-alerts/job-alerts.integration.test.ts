import { createDb } from "@tsunagu/db";
import {
  createCompany,
  createJob,
  createRecruitingArea,
  createSeeker,
  uniqueSuffix,
} from "@tsunagu/db/testing";
import { AccountMailer } from "@tsunagu/email";
import { isAddressedTo, startMailCatcher, type MailCatcher } from "@tsunagu/local-services";
import { drainOutbox, ensureIndex, indexName, jobIndex, searchClient } from "@tsunagu/search";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverOutboundEmail } from "../email/outbox";
import { unsubscribeWithToken } from "../email/preferences";
import { CURRENT_POLICY_VERSION } from "../visibility/policy";
import { dueJobAlertIds, INDEX_LAG_MS, runJobAlert } from "./job-alert-mail";
import { createJobAlert, deleteJobAlert, listJobAlerts } from "./job-alerts";

const db = createDb(process.env.DATABASE_URL!);
const index = jobIndex(`${indexName("jobs")}_alerts`);
const links = {
  seekerLink: (path: string) => new URL(path, "https://jobs.tsunagu.test").toString(),
};
let catcher: MailCatcher;
let mailer: AccountMailer;

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number, from = new Date()) => new Date(from.getTime() - days * DAY);

beforeAll(async () => {
  catcher = await startMailCatcher({ viewerPort: false });
  mailer = new AccountMailer({ smtpUrl: catcher.smtpUrl, from: "Tsunagu <no-reply@tsunagu.test>" });
  await ensureIndex("jobs", index.uid);
  await drainOutbox(db, index, { kind: "JOB" });
});
afterAll(async () => {
  await catcher.stop();
  await searchClient().deleteIndex(index.uid).waitTask();
  await db.$disconnect();
});

/** A word no other test's job has, so each test's search sees only its own jobs. */
const word = () => `zorblat${uniqueSuffix()}`;

async function employer() {
  return (await createCompany(db, { plan: "free", slug: `alerts-${uniqueSuffix()}` })).company;
}

/** An alert saved `daysAgo` days ago (its clock starts at creation). */
async function alertOf(
  seeker: Awaited<ReturnType<typeof createSeeker>>,
  input: { query: string; frequency: "DAILY" | "WEEKLY"; location?: string },
  daysAgo: number,
) {
  const alert = await createJobAlert(db, seeker.user.id, {
    name: `Welders ${input.query}`,
    frequency: input.frequency,
    query: input.query,
    filters: input.location ? { location: input.location } : {},
  });
  await db.jobAlert.update({ where: { id: alert.id }, data: { createdAt: ago(daysAgo) } });
  return alert;
}

/** What the outbox worker does with the rows the alert queued. */
async function deliverQueued(userId: string) {
  const rows = await db.outboundEmail.findMany({
    where: { userId, template: "job-alert", status: "PENDING" },
  });
  for (const row of rows) await deliverOutboundEmail(db, mailer, row.id);
  return rows.length;
}

describe("job alerts (F8): the sweep and the mail", () => {
  it("mails a due alert once, with only the public jobs published since it was saved that match", async () => {
    const q = word();
    const company = await employer();
    const area = await createRecruitingArea(db, { companyId: company.id });
    const job = (title: string, extra: Parameters<typeof createJob>[1]["job"] = {}) =>
      createJob(db, {
        companyId: company.id,
        job: { title: `${title} ${q}`, location: "Osaka", publishedAt: ago(1), ...extra },
      });
    const fresh = await job("TIG welder");
    await job("Old welder", { publishedAt: ago(5) });
    await job("Tokyo welder", { location: "Tokyo" });
    const closed = await job("Closed welder");
    await job("Area welder", { areaId: area.id });
    // Published a minute ago: the index may not have it yet, so it waits for the next window.
    const late = await job("Late welder", { publishedAt: new Date(Date.now() - 60_000) });
    await drainOutbox(db, index, { kind: "JOB" });
    // Closed after it was indexed: the index still has it, the database says no.
    await db.job.update({
      where: { id: closed.id },
      data: { status: "CLOSED", closedAt: new Date() },
    });

    const seeker = await createSeeker(db, { user: { locale: "EN" } });
    const alert = await alertOf(seeker, { query: q, frequency: "DAILY", location: "Osaka" }, 2);
    expect(await dueJobAlertIds(db)).toContain(alert.id);

    expect(await runJobAlert(db, links, alert.id, { index })).toEqual({ sent: true, newJobs: 1 });
    expect(await deliverQueued(seeker.user.id)).toBe(1);
    const message = await catcher.waitForMessage((m) => isAddressedTo(m, seeker.user.email), 5_000);
    expect(message.subject).toBe(`1 new job for your job alert “Welders ${q}”`);
    expect(message.text).toContain(`TIG welder ${q} · ${company.name} · Osaka`);
    expect(message.text).toContain(`https://jobs.tsunagu.test/jobs/${fresh.id}`);
    expect(message.text).toContain("https://jobs.tsunagu.test/jobs/alerts");
    for (const absent of [
      "Old welder",
      "Tokyo welder",
      "Closed welder",
      "Area welder",
      "Late welder",
    ]) {
      expect(message.text).not.toContain(absent);
    }
    expect(message.html).toContain("TIG welder");
    expect(message.headers["list-unsubscribe"]).toMatch(
      /<https:\/\/jobs\.tsunagu\.test\/unsubscribe\?token=[A-Za-z0-9_-]+>/,
    );
    expect(message.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

    // A second sweep right after finds nothing due and sends nothing.
    expect(await dueJobAlertIds(db)).not.toContain(alert.id);
    expect(await runJobAlert(db, links, alert.id, { index })).toEqual({
      sent: false,
      reason: "not-due",
    });
    expect(await deliverQueued(seeker.user.id)).toBe(0);
    expect(catcher.messages().filter((m) => isAddressedTo(m, seeker.user.email))).toHaveLength(1);

    // A day later only what the first window did not cover counts: the late job, nothing else.
    const tomorrow = new Date(Date.now() + DAY + 60_000);
    expect(await runJobAlert(db, links, alert.id, { index, now: tomorrow })).toEqual({
      sent: true,
      newJobs: 1,
    });
    expect(await deliverQueued(seeker.user.id)).toBe(1);
    await expect
      .poll(() => catcher.messages().filter((m) => isAddressedTo(m, seeker.user.email)).length)
      .toBe(2);
    const second = catcher.messages().filter((m) => isAddressedTo(m, seeker.user.email))[1]!;
    expect(second.text).toContain(`https://jobs.tsunagu.test/jobs/${late.id}`);
    expect(second.text).not.toContain(fresh.id);
    expect((await db.jobAlert.findUniqueOrThrow({ where: { id: alert.id } })).lastSentAt).toEqual(
      new Date(tomorrow.getTime() - INDEX_LAG_MS),
    );

    // And a week on, with nothing published since: no mail, but the window moves on.
    const nextWeek = new Date(tomorrow.getTime() + 6 * DAY);
    expect(await runJobAlert(db, links, alert.id, { index, now: nextWeek })).toEqual({
      sent: false,
      reason: "nothing-new",
    });
    expect(await deliverQueued(seeker.user.id)).toBe(0);
    expect((await db.jobAlert.findUniqueOrThrow({ where: { id: alert.id } })).lastSentAt).toEqual(
      new Date(nextWeek.getTime() - INDEX_LAG_MS),
    );
  });

  it("does not mail a weekly alert a day after its last mail", async () => {
    const q = word();
    const company = await employer();
    await createJob(db, {
      companyId: company.id,
      job: { title: `Welder ${q}`, publishedAt: ago(0.5) },
    });
    await drainOutbox(db, index, { kind: "JOB" });
    const seeker = await createSeeker(db);
    const weekly = await alertOf(seeker, { query: q, frequency: "WEEKLY" }, 10);
    await db.jobAlert.update({ where: { id: weekly.id }, data: { lastSentAt: ago(1) } });
    expect(await dueJobAlertIds(db)).not.toContain(weekly.id);
    expect(await runJobAlert(db, links, weekly.id, { index })).toEqual({
      sent: false,
      reason: "not-due",
    });
    // Six more days and it is due, with the job published in its week.
    const nextWeek = new Date(Date.now() + 6 * DAY + 60_000);
    expect(await dueJobAlertIds(db, nextWeek)).toContain(weekly.id);
    expect(await runJobAlert(db, links, weekly.id, { index, now: nextWeek })).toEqual({
      sent: true,
      newJobs: 1,
    });
  });

  it("sends nothing to a seeker who unsubscribed through the mail's link, nor to one who withdrew the consent", async () => {
    const q = word();
    const company = await employer();
    const publish = async (title: string, publishedAt: Date) => {
      await createJob(db, { companyId: company.id, job: { title: `${title} ${q}`, publishedAt } });
      await drainOutbox(db, index, { kind: "JOB" });
    };
    await publish("Welder", ago(1));
    const seeker = await createSeeker(db, { user: { locale: "VI" } });
    const alert = await alertOf(seeker, { query: q, frequency: "DAILY" }, 2);
    expect(await runJobAlert(db, links, alert.id, { index })).toMatchObject({ sent: true });
    expect(await deliverQueued(seeker.user.id)).toBe(1);
    const first = await catcher.waitForMessage((m) => isAddressedTo(m, seeker.user.email), 5_000);
    expect(first.subject).toMatch(/^1 việc làm mới cho thông báo việc làm/);
    const token = /unsubscribe\?token=([A-Za-z0-9_-]+)>/.exec(
      first.headers["list-unsubscribe"] ?? "",
    )![1]!;
    await unsubscribeWithToken(db, token);

    await publish("Second welder", new Date(Date.now() + 1_000));
    const later = new Date(Date.now() + DAY + 60_000);
    expect(await runJobAlert(db, links, alert.id, { index, now: later })).toEqual({
      sent: false,
      reason: "unsubscribed",
    });
    expect(await deliverQueued(seeker.user.id)).toBe(0);
    expect(catcher.messages().filter((m) => isAddressedTo(m, seeker.user.email))).toHaveLength(1);

    const withdrawn = await createSeeker(db, { consents: ["JOB_ALERTS"] });
    await db.consentEvent.create({
      data: {
        userId: withdrawn.user.id,
        purpose: "JOB_ALERTS",
        granted: false,
        source: "PRIVACY_CENTER",
        policyVersion: CURRENT_POLICY_VERSION,
      },
    });
    const theirs = await alertOf(withdrawn, { query: q, frequency: "DAILY" }, 2);
    expect(await runJobAlert(db, links, theirs.id, { index })).toEqual({
      sent: false,
      reason: "no-consent",
    });
    expect(await db.outboundEmail.count({ where: { userId: withdrawn.user.id } })).toBe(0);
  });

  it("keeps at most 10 alerts per seeker, with a clear refusal, and deletes only the seeker's own", async () => {
    const seeker = await createSeeker(db);
    for (let n = 1; n <= 10; n++) {
      await createJobAlert(db, seeker.user.id, { name: `Alert ${n}`, frequency: "WEEKLY" });
    }
    await expect(
      createJobAlert(db, seeker.user.id, { name: "One too many", frequency: "DAILY" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/at most 10 job alerts/),
      fieldProblem: { key: "jobAlertLimit" },
    });
    const [newest] = await listJobAlerts(db, seeker.user.id);
    const other = await createSeeker(db);
    expect(await deleteJobAlert(db, other.user.id, { id: newest!.id })).toEqual({ deleted: false });
    expect(await deleteJobAlert(db, seeker.user.id, { id: newest!.id })).toEqual({ deleted: true });
    expect(await listJobAlerts(db, seeker.user.id)).toHaveLength(9);
  });
});
