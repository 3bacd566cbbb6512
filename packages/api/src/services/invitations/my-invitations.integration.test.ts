import { createDb } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createInvitation,
  createJob,
  createSeeker,
  uniqueSuffix,
} from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import {
  acceptMyInvitation,
  declineMyInvitation,
  getMyInvitation,
  listMyInvitations,
  reportMyInvitation,
} from "./my-invitations";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const DAY = 86_400_000;

async function company(name = `Sakura Care ${uniqueSuffix()}`) {
  const { company } = await createCompany(db, {
    plan: "standard",
    name,
    slug: `inbox-${uniqueSuffix()}`,
    company: { website: "https://www.sakura-care.example/recruit" },
  });
  const { member } = await createEmployerMember(db, { companyId: company.id });
  const job = await createJob(db, {
    companyId: company.id,
    status: "OPEN",
    job: { title: "Care worker, Yokohama" },
  });
  return { company, member, job };
}

async function invite(
  profileId: string,
  from: Awaited<ReturnType<typeof company>>,
  options: { sentAt?: Date; status?: "SENT" | "DECLINED" | "REPORTED" } = {},
) {
  return createInvitation(db, {
    companyId: from.company.id,
    senderMemberId: from.member.id,
    profileId,
    jobId: from.job.id,
    status: options.status,
    sentAt: options.sentAt,
    salaryMin: 3_600_000,
    salaryMax: 4_200_000,
    visaSupport: true,
    message: "We would be glad to tell you more.",
  });
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("the invitations inbox (F6)", () => {
  it("lists open invitations first with company identity, job, salary, visa support and message", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const sakura = await company();
    const now = new Date();
    const older = await invite(seeker.profile.id, sakura, {
      sentAt: new Date(now.getTime() - 3 * DAY),
    });
    const declined = await invite(seeker.profile.id, sakura, {
      status: "DECLINED",
      sentAt: new Date(now.getTime() - DAY),
    });
    const newest = await invite(seeker.profile.id, sakura, {
      sentAt: new Date(now.getTime() - 60_000),
    });
    const expired = await invite(seeker.profile.id, sakura, {
      sentAt: new Date(now.getTime() - 31 * DAY),
    });
    const reported = await invite(seeker.profile.id, sakura, { status: "REPORTED" });

    const inbox = await listMyInvitations(db, seeker.user.id, now);
    expect(inbox.map((i) => i.id)).toEqual([newest.id, older.id, declined.id, expired.id]);
    expect(inbox.map((i) => i.status)).toEqual(["SENT", "SENT", "DECLINED", "EXPIRED"]);
    expect(inbox.map((i) => i.id)).not.toContain(reported.id);
    expect(inbox[0]).toMatchObject({
      company: {
        name: sakura.company.name,
        slug: sakura.company.slug,
        websiteHost: "www.sakura-care.example",
      },
      job: { id: sakura.job.id, title: "Care worker, Yokohama" },
      salary: { min: 3_600_000, max: 4_200_000, currency: "JPY", period: "YEARLY" },
      visaSupport: true,
      message: "We would be glad to tell you more.",
    });
  });

  it("never shows, answers or reports another seeker's invitation", async () => {
    const [seeker, other] = await Promise.all([createSeeker(db), createSeeker(db)]);
    const sakura = await company();
    const theirs = await invite(other.profile.id, sakura);
    expect(await listMyInvitations(db, seeker.user.id)).toEqual([]);
    for (const attempt of [
      () => getMyInvitation(db, seeker.user.id, theirs.id),
      () => acceptMyInvitation(db, seeker.user.id, theirs.id),
      () => declineMyInvitation(db, seeker.user.id, theirs.id),
      () => reportMyInvitation(db, seeker.user.id, { invitationId: theirs.id, reason: "SPAM" }),
    ]) {
      expect((await refusal(attempt())).code).toBe("NOT_FOUND");
    }
    expect(await db.invitation.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({
      status: "SENT",
      respondedAt: null,
    });
    expect(await db.disclosureLedgerEntry.count({ where: { invitationId: theirs.id } })).toBe(0);
  });
});

describe("answering an invitation (F6, R5)", () => {
  it("accepting records that the contact details went to that company only, with the status, at once", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const [sakura, other] = await Promise.all([company(), company()]);
    const invitation = await invite(seeker.profile.id, sakura);
    await invite(seeker.profile.id, other);
    const now = new Date();

    const answer = await acceptMyInvitation(db, seeker.user.id, invitation.id, now);
    expect(answer).toEqual({ status: "ACCEPTED", respondedAt: now });
    expect(await getMyInvitation(db, seeker.user.id, invitation.id)).toMatchObject({
      status: "ACCEPTED",
      respondedAt: now,
    });
    const ledger = await db.disclosureLedgerEntry.findMany({
      where: { profileId: seeker.profile.id },
    });
    expect(ledger).toEqual([
      expect.objectContaining({
        kind: "CONTACT_REVEAL",
        companyId: sakura.company.id,
        memberId: sakura.member.id,
        invitationId: invitation.id,
        purpose: "invitation accepted",
      }),
    ]);
  });

  it("cannot accept twice, nor accept a declined or expired invitation", async () => {
    const seeker = await createSeeker(db);
    const sakura = await company();
    const accepted = await invite(seeker.profile.id, sakura);
    await acceptMyInvitation(db, seeker.user.id, accepted.id);
    expect(await refusal(acceptMyInvitation(db, seeker.user.id, accepted.id))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/already been answered/),
    });
    expect(await db.disclosureLedgerEntry.count({ where: { invitationId: accepted.id } })).toBe(1);

    const declined = await invite(seeker.profile.id, sakura);
    await declineMyInvitation(db, seeker.user.id, declined.id);
    expect((await refusal(acceptMyInvitation(db, seeker.user.id, declined.id))).code).toBe(
      "CONFLICT",
    );

    const expired = await invite(seeker.profile.id, sakura, {
      sentAt: new Date(Date.now() - 31 * DAY),
    });
    expect(await refusal(acceptMyInvitation(db, seeker.user.id, expired.id))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/expired/),
    });
    expect((await refusal(declineMyInvitation(db, seeker.user.id, expired.id))).code).toBe(
      "CONFLICT",
    );
    expect(
      await db.disclosureLedgerEntry.count({
        where: { invitationId: { in: [declined.id, expired.id] } },
      }),
    ).toBe(0);
  });

  it("two accepts at the same moment disclose once", async () => {
    const seeker = await createSeeker(db);
    const sakura = await company();
    const invitation = await invite(seeker.profile.id, sakura);
    const results = await Promise.allSettled([
      acceptMyInvitation(db, seeker.user.id, invitation.id),
      acceptMyInvitation(db, seeker.user.id, invitation.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.disclosureLedgerEntry.count({ where: { invitationId: invitation.id } })).toBe(
      1,
    );
  });

  it("cannot accept while the company is suspended", async () => {
    const seeker = await createSeeker(db);
    const sakura = await company();
    const invitation = await invite(seeker.profile.id, sakura);
    await db.company.update({
      where: { id: sakura.company.id },
      data: { status: "SUSPENDED", suspendedAt: new Date() },
    });
    expect((await refusal(acceptMyInvitation(db, seeker.user.id, invitation.id))).code).toBe(
      "CONFLICT",
    );
    expect(await db.disclosureLedgerEntry.count({ where: { invitationId: invitation.id } })).toBe(
      0,
    );
  });

  it("declining discloses nothing", async () => {
    const seeker = await createSeeker(db);
    const sakura = await company();
    const invitation = await invite(seeker.profile.id, sakura);
    await declineMyInvitation(db, seeker.user.id, invitation.id);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({
      status: "DECLINED",
      respondedAt: expect.any(Date),
    });
    expect(await db.disclosureLedgerEntry.count({ where: { profileId: seeker.profile.id } })).toBe(
      0,
    );
  });

  it("reporting hides the invitation from the inbox and keeps it, with the reason, for review", async () => {
    const seeker = await createSeeker(db);
    const sakura = await company();
    const invitation = await invite(seeker.profile.id, sakura);
    await reportMyInvitation(db, seeker.user.id, {
      invitationId: invitation.id,
      reason: "SCAM",
      details: "They asked for a placement fee.",
    });
    expect(await listMyInvitations(db, seeker.user.id)).toEqual([]);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({
      status: "REPORTED",
      reportReason: "SCAM: They asked for a placement fee.",
    });
    expect(
      await db.auditEvent.count({
        where: {
          action: "invitation.report",
          targetId: invitation.id,
          actorUserId: seeker.user.id,
        },
      }),
    ).toBe(1);
    expect(
      (
        await refusal(
          reportMyInvitation(db, seeker.user.id, { invitationId: invitation.id, reason: "SPAM" }),
        )
      ).code,
    ).toBe("CONFLICT");
  });
});
