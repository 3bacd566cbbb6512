import { createDb } from "@tsunagu/db";
import { createCompany, createEmployerMember, createSeeker } from "@tsunagu/db/testing";
import { AccountMailer } from "@tsunagu/email";
import { isAddressedTo, startMailCatcher, type MailCatcher } from "@tsunagu/local-services";
import type { RedactedResume } from "@tsunagu/privacy";
import { startJobQueue } from "@tsunagu/queue";
import { drainOutbox, ensureIndex, indexName, resumeIndex, searchClient } from "@tsunagu/search";
import type { Index } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberSearchUsage } from "../candidates/member-quota";
import { unsubscribeWithToken } from "../email/preferences";
import { savedSearchAlertJobs } from "./alert-jobs";
import {
  dueSavedSearchIds,
  runSavedSearchAlert,
  type SavedSearchAlertMail,
} from "./saved-search-alerts";
import { createSavedSearch, setSavedSearchAlert } from "./saved-searches";

const db = createDb(process.env.DATABASE_URL!);
const name = `${indexName("resumes")}_alerts`;
let index: Index<RedactedResume>;
let catcher: MailCatcher;
let mail: SavedSearchAlertMail;

const DAY = 24 * 60 * 60 * 1000;
const drain = () => drainOutbox(db, index);

/** A word no other test's resume contains, so each test's search sees its own resumes only. */
function uniqueWord(): string {
  const letters = "bcdfghjklmnpqrstvwxz";
  return Array.from({ length: 12 }, () => letters[Math.floor(Math.random() * letters.length)]).join(
    "",
  );
}

async function member(plan: "pro" | "free" = "pro") {
  const { company } = await createCompany(db, { plan });
  const { member, user } = await createEmployerMember(db, {
    companyId: company.id,
    user: { locale: "EN" },
  });
  return { company, user, caller: { companyId: company.id, memberId: member.id } };
}

/** A saved search with a daily alert whose last run was a day and a bit ago. */
async function dailyAlert(caller: { companyId: string; memberId: string }, word: string) {
  const saved = await createSavedSearch(db, caller, {
    name: `Welders ${word}`,
    search: `q=${word}`,
  });
  await setSavedSearchAlert(db, caller, { id: saved.id, alertFrequency: "DAILY" });
  await db.savedSearch.update({
    where: { id: saved.id },
    data: { lastAlertedAt: new Date(Date.now() - DAY - 60_000) },
  });
  return saved;
}

const seekerWith = (headline: string) =>
  createSeeker(db, { searchable: true, locale: "en", profile: { headline } });

const mailsTo = (email: string) => catcher.messages().filter((m) => isAddressedTo(m, email));

beforeAll(async () => {
  await ensureIndex("resumes", name);
  index = resumeIndex(name);
  catcher = await startMailCatcher({ viewerPort: false });
  mail = {
    mailer: new AccountMailer({
      smtpUrl: catcher.smtpUrl,
      from: "Tsunagu <no-reply@tsunagu.test>",
    }),
    employerLink: (path) => new URL(path, "https://employer.tsunagu.test").toString(),
  };
  await drain();
}, 60_000);

afterAll(async () => {
  await catcher.stop();
  await searchClient().deleteIndex(name).waitTask();
  await db.$disconnect();
});

describe("saved-search alerts (F12, real PostgreSQL, Meilisearch and SMTP)", () => {
  it("mails one new match with its redacted headline and a link, never who blocked the company or went private", async () => {
    const word = uniqueWord();
    const { user, caller, company } = await member();
    const saved = await dailyAlert(caller, word);
    const fresh = await seekerWith(`Welder ${word} with TIG certificate`);
    const blocker = await seekerWith(`Welder ${word} who blocked you`);
    await db.companyBlock.create({
      data: { profileId: blocker.profile.id, companyId: company.id },
    });
    const gonePrivate = await seekerWith(`Welder ${word} now private`);
    await drain();
    // No drain after this: the index still holds the document, the database says PRIVATE (R4).
    await db.seekerProfile.update({
      where: { id: gonePrivate.profile.id },
      data: { visibility: "PRIVATE" },
    });
    const usageBefore = await memberSearchUsage(db, caller.memberId, new Date());

    const outcome = await runSavedSearchAlert(db, mail, saved.id, { index });
    expect(outcome).toEqual({ sent: true, newMatches: 1 });
    const message = await catcher.waitForMessage((m) => isAddressedTo(m, user.email), 5_000);
    expect(message.subject).toBe(`1 new candidate for your saved search “Welders ${word}”`);
    expect(message.text).toContain(`- Welder ${word} with TIG certificate`);
    expect(message.text).toContain(`https://employer.tsunagu.test/search?q=${word}`);
    expect(message.text).not.toContain("blocked you");
    expect(message.text).not.toContain("now private");
    for (const seeker of [fresh, blocker, gonePrivate]) {
      expect(message.text).not.toContain(seeker.user.email);
      for (const part of [seeker.profile.firstName, seeker.profile.lastName]) {
        if (part) expect(message.text).not.toContain(part);
      }
    }
    // Not a search the member ran: their quota is untouched.
    expect(await memberSearchUsage(db, caller.memberId, new Date())).toEqual(usageBefore);

    // Run again (a retry, a duplicate job): nothing is due, nothing more is sent.
    expect(await runSavedSearchAlert(db, mail, saved.id, { index })).toEqual({
      sent: false,
      reason: "not-due",
    });
    expect(mailsTo(user.email)).toHaveLength(1);

    // F8: the alert's one-click unsubscribe goes to the employer app; once used, the next due
    // alert sends nothing, checked when it would go out.
    const unsubscribe = /<(https:\/\/employer\.tsunagu\.test\/unsubscribe\?token=([\w-]+))>/.exec(
      message.headers["list-unsubscribe"] ?? "",
    );
    expect(unsubscribe).not.toBeNull();
    expect(message.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(message.html).toContain(`<a href="${unsubscribe![1]}">`);
    expect(await unsubscribeWithToken(db, unsubscribe![2]!)).toEqual({
      category: "SAVED_SEARCH_ALERTS",
    });
    await seekerWith(`Welder ${word} arriving after the unsubscribe`);
    await drain();
    const nextDay = new Date(Date.now() + 25 * 60 * 60_000);
    expect(await runSavedSearchAlert(db, mail, saved.id, { index, now: nextDay })).toEqual({
      sent: false,
      reason: "unsubscribed",
    });
    expect(mailsTo(user.email)).toHaveLength(1);
    const after = await db.savedSearch.findUniqueOrThrow({ where: { id: saved.id } });
    expect(after.lastAlertedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("sends nothing when no matching resume is new since the last alert", async () => {
    const word = uniqueWord();
    const { user, caller } = await member();
    await seekerWith(`Welder ${word} from last week`);
    await drain();
    const saved = await createSavedSearch(db, caller, { name: "Old news", search: `q=${word}` });
    await setSavedSearchAlert(db, caller, { id: saved.id, alertFrequency: "DAILY" });
    // A day later: the resume has not changed since the alert was turned on.
    const outcome = await runSavedSearchAlert(db, mail, saved.id, {
      index,
      now: new Date(Date.now() + DAY + 60_000),
    });
    expect(outcome).toEqual({ sent: false, reason: "nothing-new" });
    expect(mailsTo(user.email)).toEqual([]);
  });

  it("is not due before its period, and weekly means seven days", async () => {
    const word = uniqueWord();
    const { caller } = await member();
    const saved = await createSavedSearch(db, caller, { name: "Weekly", search: `q=${word}` });
    await setSavedSearchAlert(db, caller, { id: saved.id, alertFrequency: "WEEKLY" });
    const inSixDays = new Date(Date.now() + 6 * DAY);
    expect(await dueSavedSearchIds(db, inSixDays, 100_000)).not.toContain(saved.id);
    expect(await runSavedSearchAlert(db, mail, saved.id, { index, now: inSixDays })).toEqual({
      sent: false,
      reason: "not-due",
    });
    expect(await dueSavedSearchIds(db, new Date(Date.now() + 7 * DAY + 60_000), 100_000)).toContain(
      saved.id,
    );
  });

  it("stops when the company's plan no longer includes search", async () => {
    const word = uniqueWord();
    const { user, caller, company } = await member();
    const saved = await dailyAlert(caller, word);
    await seekerWith(`Welder ${word} for a lapsed plan`);
    await drain();
    await db.subscription.update({
      where: { companyId: company.id },
      data: { currentPeriodEnd: new Date(Date.now() - 60_000) },
    });
    expect(await dueSavedSearchIds(db, new Date(), 100_000)).not.toContain(saved.id);
    expect(await runSavedSearchAlert(db, mail, saved.id, { index })).toEqual({
      sent: false,
      reason: "no-plan",
    });
    expect(mailsTo(user.email)).toEqual([]);
  });

  it("runs through the pg-boss queue: the alert job sends the mail once however often it is queued", async () => {
    const word = uniqueWord();
    const { user, caller } = await member();
    const saved = await dailyAlert(caller, word);
    await seekerWith(`Welder ${word} found by the queue`);
    await drain();
    // The product's job definition, run against this test's index.
    const { alert } = savedSearchAlertJobs(db, mail, () => queue);
    const viaTestIndex = {
      ...alert,
      run: ({ savedSearchId }: { savedSearchId: string }) =>
        runSavedSearchAlert(db, mail, savedSearchId, { index }).then(() => undefined),
    };
    const queue = await startJobQueue({
      databaseUrl: process.env.DATABASE_URL!,
      schema: "job_queue_test",
      jobs: [viaTestIndex],
    });
    try {
      await queue.send(viaTestIndex, { savedSearchId: saved.id });
      await queue.send(viaTestIndex, { savedSearchId: saved.id });
      const message = await catcher.waitForMessage((m) => isAddressedTo(m, user.email), 15_000);
      expect(message.text).toContain(`Welder ${word} found by the queue`);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(mailsTo(user.email)).toHaveLength(1);
    } finally {
      await queue.stop({ timeoutMs: 5_000 });
    }
  }, 30_000);
});
