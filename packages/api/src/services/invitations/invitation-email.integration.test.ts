import { createDb } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createJob,
  createSeeker,
  uniqueSuffix,
} from "@tsunagu/db/testing";
import { AccountMailer } from "@tsunagu/email";
import {
  findFreePort,
  isAddressedTo,
  startMailCatcher,
  type MailCatcher,
} from "@tsunagu/local-services";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { deliverOutboundEmail } from "../email/outbox";
import { describeUnsubscribeToken, unsubscribeWithToken } from "../email/preferences";
import type { InvitationMail } from "./notify-seeker";
import { sendInvitation } from "./send-invitation";

const db = createDb(process.env.DATABASE_URL!);
let catcher: MailCatcher;

beforeAll(async () => {
  catcher = await startMailCatcher({ viewerPort: false });
});
afterAll(async () => {
  await catcher.stop();
  await db.$disconnect();
});

const mailVia = (smtpUrl: string): InvitationMail => ({
  mailer: new AccountMailer({ smtpUrl, from: "Tsunagu <no-reply@tsunagu.test>" }),
  seekerLink: (path) => new URL(path, "https://jobs.tsunagu.test").toString(),
});

/** What the jobs worker does with the invitation's queued notice (N6: sent from the outbox). */
async function deliver(invitationId: string, mail: InvitationMail, now?: Date) {
  const row = await db.outboundEmail.findUniqueOrThrow({
    where: { idempotencyKey: `invitation-received:${invitationId}` },
  });
  return deliverOutboundEmail(db, mail.mailer!, row.id, now);
}

async function employer() {
  const name = `Hoa Sen Logistics ${uniqueSuffix()}`;
  const { company } = await createCompany(db, {
    plan: "standard",
    name,
    slug: `mail-${uniqueSuffix()}`,
  });
  const { member } = await createEmployerMember(db, { companyId: company.id });
  const job = await createJob(db, {
    companyId: company.id,
    status: "OPEN",
    job: { title: "Forklift operator" },
  });
  return { name, job, caller: { companyId: company.id, memberId: member.id } };
}

const offer = (candidateId: string, jobId: string) => ({
  candidateId,
  jobId,
  salaryMin: 250_000,
  salaryMax: 300_000,
  salaryPeriod: "MONTHLY" as const,
  visaSupport: true,
  message: "Chúng tôi muốn trao đổi với bạn.",
});

describe("the invitation email (F6, F8)", () => {
  it("tells the seeker in their own language, with a link to the invitation and no contact detail of theirs", async () => {
    const { name, job, caller } = await employer();
    const seeker = await createSeeker(db, { searchable: true, user: { locale: "VI" } });
    const mail = mailVia(catcher.smtpUrl);
    const sent = await sendInvitation(db, caller, offer(seeker.profile.searchKey, job.id), {
      mail,
    });
    expect(sent.emailed).toBe(true);
    expect(await deliver(sent.invitationId, mail)).toBe("sent");
    const message = await catcher.waitForMessage((m) => isAddressedTo(m, seeker.user.email), 5_000);
    expect(message.subject).toBe(`${name} mời bạn ứng tuyển: Forklift operator`);
    expect(message.text).toContain(`https://jobs.tsunagu.test/invitations/${sent.invitationId}`);
    expect(message.text).toMatch(/chỉ được chia sẻ với công ty này nếu bạn chấp nhận/);
  });

  it("is not sent when the seeker turned invitation emails off", async () => {
    const { job, caller } = await employer();
    const quiet = await createSeeker(db, { searchable: true });
    await db.emailPreference.create({
      data: { userId: quiet.user.id, category: "INVITATIONS", enabled: false },
    });
    const keen = await createSeeker(db, { searchable: true, user: { locale: "JA" } });
    await db.emailPreference.create({
      data: { userId: keen.user.id, category: "INVITATIONS", enabled: true },
    });
    const mail = mailVia(catcher.smtpUrl);

    const toQuiet = await sendInvitation(db, caller, offer(quiet.profile.searchKey, job.id), {
      mail,
    });
    const toKeen = await sendInvitation(db, caller, offer(keen.profile.searchKey, job.id), {
      mail,
    });
    expect(toQuiet.emailed).toBe(false);
    expect(toKeen.emailed).toBe(true);
    expect(await deliver(toKeen.invitationId, mail)).toBe("sent");
    // Sent one after the other: once the second has arrived, the first would have too.
    const arrived = await catcher.waitForMessage((m) => isAddressedTo(m, keen.user.email), 5_000);
    expect(arrived.subject).toMatch(/^【Tsunagu】.*から求人への招待が届きました/);
    expect(catcher.messages().filter((m) => isAddressedTo(m, quiet.user.email))).toEqual([]);
    expect(await db.invitation.count({ where: { id: toQuiet.invitationId, status: "SENT" } })).toBe(
      1,
    );
  });

  it("a mail server that is down delays the email, never the invitation, and logs no address", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { job, caller } = await employer();
    const seeker = await createSeeker(db, { searchable: true });
    const down = mailVia(`smtp://127.0.0.1:${await findFreePort()}`);
    const sent = await sendInvitation(db, caller, offer(seeker.profile.searchKey, job.id), {
      mail: down,
    });
    expect(sent.emailed).toBe(true);
    expect(
      await db.invitation.findUniqueOrThrow({ where: { id: sent.invitationId } }),
    ).toMatchObject({ status: "SENT" });
    await expect(deliver(sent.invitationId, down)).rejects.toThrow(/not handed to the mail relay/);
    const row = await db.outboundEmail.findUniqueOrThrow({
      where: { idempotencyKey: `invitation-received:${sent.invitationId}` },
    });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    // The relay is back; the retry, once due, sends it, and a late duplicate run sends nothing.
    const later = new Date(row.availableAt.getTime() + 1);
    expect(await deliver(sent.invitationId, mailVia(catcher.smtpUrl), later)).toBe("sent");
    expect(await deliver(sent.invitationId, mailVia(catcher.smtpUrl), later)).toBe("not-due");
    await catcher.waitForMessage((m) => isAddressedTo(m, seeker.user.email), 5_000);
    expect(catcher.messages().filter((m) => isAddressedTo(m, seeker.user.email))).toHaveLength(1);
    const logged = errors.mock.calls.flat().join(" ");
    expect(logged).toMatch(/invitation-received/);
    expect(logged).not.toContain(seeker.user.email);
  });
});

describe("one-click unsubscribe in the invitation email (F8, RFC 8058)", () => {
  it("carries List-Unsubscribe headers and an HTML part; after unsubscribing no further invitation mail goes out", async () => {
    const { job, caller } = await employer();
    const seeker = await createSeeker(db, { searchable: true, user: { locale: "JA" } });
    const mail = mailVia(catcher.smtpUrl);
    const first = await sendInvitation(db, caller, offer(seeker.profile.searchKey, job.id), {
      mail,
    });
    expect(await deliver(first.invitationId, mail)).toBe("sent");
    const message = await catcher.waitForMessage((m) => isAddressedTo(m, seeker.user.email), 5_000);

    const header = message.headers["list-unsubscribe"] ?? "";
    const https = /<(https:\/\/jobs\.tsunagu\.test\/unsubscribe\?token=([A-Za-z0-9_-]+))>/.exec(
      header,
    );
    expect(https).not.toBeNull();
    expect(header).toMatch(/<mailto:unsubscribe@tsunagu\.test\?subject=[^>]+>/);
    expect(message.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(message.text).toContain(`配信停止はこちら：${https![1]}`);
    expect(message.html).toContain(`<a href="${https![1]}">`);
    expect(message.html).toContain('lang="ja"');

    const token = https![2]!;
    expect(await describeUnsubscribeToken(db, token)).toEqual({
      category: "INVITATIONS",
      unsubscribed: false,
    });
    await unsubscribeWithToken(db, token);
    const other = await employer();
    const again = await sendInvitation(
      db,
      other.caller,
      offer(seeker.profile.searchKey, other.job.id),
      {
        mail,
      },
    );
    expect(again.emailed).toBe(false);
    expect(catcher.messages().filter((m) => isAddressedTo(m, seeker.user.email))).toHaveLength(1);
  });
});
