import { createDb } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createJob,
  createSeeker,
  uniqueSuffix,
  withdrawConsent,
  type PlanCode,
} from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { AppError } from "../../errors";
import { listMyInvitations } from "./my-invitations";
import { INVITATION_LIFETIME_MS, sendInvitation } from "./send-invitation";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function employer(options: { plan?: PlanCode; email?: string } = {}) {
  const { company } = await createCompany(db, {
    plan: options.plan ?? "standard",
    slug: `inv-${uniqueSuffix()}`,
  });
  const { member } = await createEmployerMember(db, {
    companyId: company.id,
    email: options.email,
  });
  const job = await createJob(db, { companyId: company.id, status: "OPEN" });
  return { company, member, job, caller: { companyId: company.id, memberId: member.id } };
}

const offer = (candidateId: string, jobId: string) => ({
  candidateId,
  jobId,
  salaryMin: 4_000_000,
  salaryMax: 5_500_000,
  salaryCurrency: "JPY" as const,
  salaryPeriod: "YEARLY" as const,
  visaSupport: true,
  message: "We would like to talk about a welding role in Yokohama.",
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("sending an invitation (F13)", () => {
  it("invites a searchable candidate by search key to an open job, for 30 days, and counts it", async () => {
    const { company, job, caller } = await employer();
    const seeker = await createSeeker(db, { searchable: true });
    const now = new Date("2026-11-20T09:00:00.000Z");
    const sent = await sendInvitation(db, caller, offer(seeker.profile.searchKey, job.id), { now });

    expect(sent.emailed).toBe(false);
    expect(sent.expiresAt.getTime() - now.getTime()).toBe(INVITATION_LIFETIME_MS);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: sent.invitationId } });
    expect(stored).toMatchObject({
      companyId: company.id,
      senderMemberId: caller.memberId,
      profileId: seeker.profile.id,
      jobId: job.id,
      salaryMin: 4_000_000,
      salaryMax: 5_500_000,
      salaryCurrency: "JPY",
      salaryPeriod: "YEARLY",
      visaSupport: true,
      status: "SENT",
      sentAt: now,
    });
    const counter = await db.usageCounter.findFirstOrThrow({
      where: { companyId: company.id, metric: "INVITATION_SENT" },
    });
    expect(counter).toMatchObject({ count: 1, periodStart: new Date("2026-11-01T00:00:00.000Z") });
    // Sending discloses nothing: no ledger row until the seeker accepts.
    expect(
      await db.disclosureLedgerEntry.count({ where: { invitationId: sent.invitationId } }),
    ).toBe(0);
  });

  it("does not take a profile id for a candidate: only the search key names one", async () => {
    const { job, caller } = await employer();
    const seeker = await createSeeker(db, { searchable: true });
    const error = await refusal(sendInvitation(db, caller, offer(seeker.profile.id, job.id)));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("refuses a private resume, and one whose searchable consent was withdrawn, without saying why", async () => {
    const { job, caller } = await employer();
    const privateSeeker = await createSeeker(db, { searchable: false });
    const withdrawn = await createSeeker(db, { searchable: true });
    await withdrawConsent(db, { userId: withdrawn.user.id, purpose: "SEARCHABLE_PROFILE" });
    for (const seeker of [privateSeeker, withdrawn]) {
      const error = await refusal(
        sendInvitation(db, caller, offer(seeker.profile.searchKey, job.id)),
      );
      expect(error).toMatchObject({
        code: "NOT_FOUND",
        message: "This candidate is not available.",
      });
    }
    expect(await db.invitation.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("refuses a company the seeker blocked, and a member at a blocked email domain", async () => {
    const blocked = await employer();
    const domain = `blocked-${uniqueSuffix()}.example`;
    const atDomain = await employer({ email: `recruiter.${uniqueSuffix()}@hr.${domain}` });
    const seeker = await createSeeker(db, { searchable: true });
    await db.companyBlock.create({
      data: { profileId: seeker.profile.id, companyId: blocked.company.id },
    });
    await db.domainBlock.create({ data: { profileId: seeker.profile.id, domain } });

    for (const { caller, job } of [blocked, atDomain]) {
      const error = await refusal(
        sendInvitation(db, caller, offer(seeker.profile.searchKey, job.id)),
      );
      expect(error.code).toBe("NOT_FOUND");
    }
    expect(await db.invitation.count({ where: { profileId: seeker.profile.id } })).toBe(0);
  });

  it("refuses a suspended company and one whose plan does not include invitations", async () => {
    const seeker = await createSeeker(db, { searchable: true });
    const suspended = await employer();
    await db.company.update({
      where: { id: suspended.company.id },
      data: { status: "SUSPENDED", suspendedAt: new Date() },
    });
    expect(
      (
        await refusal(
          sendInvitation(db, suspended.caller, offer(seeker.profile.searchKey, suspended.job.id)),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const free = await employer({ plan: "free" });
    expect(
      (await refusal(sendInvitation(db, free.caller, offer(seeker.profile.searchKey, free.job.id))))
        .code,
    ).toBe("PLAN_REQUIRED");
    const unpaid = await createCompany(db, {
      plan: "pro",
      subscriptionStatus: "PENDING",
      slug: `inv-${uniqueSuffix()}`,
    });
    const unpaidMember = await createEmployerMember(db, { companyId: unpaid.company.id });
    const unpaidJob = await createJob(db, { companyId: unpaid.company.id, status: "OPEN" });
    const caller = { companyId: unpaid.company.id, memberId: unpaidMember.member.id };
    expect(
      (await refusal(sendInvitation(db, caller, offer(seeker.profile.searchKey, unpaidJob.id))))
        .code,
    ).toBe("PLAN_REQUIRED");
    expect(await db.invitation.count({ where: { profileId: seeker.profile.id } })).toBe(0);
  });

  it("stops at the plan's invitations per month, and a refused send does not count", async () => {
    const { company, job, caller } = await employer({ plan: "standard" });
    const seeker = await createSeeker(db, { searchable: true });
    const now = new Date("2026-11-20T09:00:00.000Z");
    const periodStart = new Date("2026-11-01T00:00:00.000Z");
    // Standard includes 50 a month; 50 are already used.
    await db.usageCounter.create({
      data: { companyId: company.id, metric: "INVITATION_SENT", periodStart, count: 50 },
    });
    const error = await refusal(
      sendInvitation(db, caller, offer(seeker.profile.searchKey, job.id), { now }),
    );
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.message).toMatch(/50 invitations a month/);
    expect(error.retryAfterSeconds).toBe(
      (Date.parse("2026-12-01T00:00:00Z") - now.getTime()) / 1000,
    );
    const counter = await db.usageCounter.findFirstOrThrow({
      where: { companyId: company.id, periodStart },
    });
    expect(counter.count).toBe(50);
    expect(await db.invitation.count({ where: { jobId: job.id } })).toBe(0);

    // A new month starts a new allowance.
    const nextMonth = new Date("2026-12-02T09:00:00.000Z");
    await expect(
      sendInvitation(db, caller, offer(seeker.profile.searchKey, job.id), { now: nextMonth }),
    ).resolves.toMatchObject({
      emailed: false,
    });
  });

  it("refuses a second open invitation for the same job, but not once the first has expired", async () => {
    const { job, caller } = await employer();
    const seeker = await createSeeker(db, { searchable: true });
    const first = new Date("2026-10-01T09:00:00.000Z");
    await sendInvitation(db, caller, offer(seeker.profile.searchKey, job.id), { now: first });
    const error = await refusal(
      sendInvitation(db, caller, offer(seeker.profile.searchKey, job.id), { now: first }),
    );
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/already has an open invitation/),
    });

    // Two sends at the same moment: exactly one gets through.
    const other = await createSeeker(db, { searchable: true });
    const raced = await Promise.allSettled([
      sendInvitation(db, caller, offer(other.profile.searchKey, job.id)),
      sendInvitation(db, caller, offer(other.profile.searchKey, job.id)),
    ]);
    expect(raced.filter((r) => r.status === "fulfilled")).toHaveLength(1);

    const afterExpiry = new Date(first.getTime() + INVITATION_LIFETIME_MS + 1000);
    await sendInvitation(db, caller, offer(seeker.profile.searchKey, job.id), { now: afterExpiry });
    expect(
      await db.invitation.count({ where: { jobId: job.id, profileId: seeker.profile.id } }),
    ).toBe(2);
  });

  it("needs an open job of the caller's own company", async () => {
    const { caller } = await employer();
    const elsewhere = await employer();
    const seeker = await createSeeker(db, { searchable: true });
    const closed = await createJob(db, { companyId: caller.companyId, status: "CLOSED" });
    const draft = await createJob(db, { companyId: caller.companyId, status: "DRAFT" });
    expect(
      (await refusal(sendInvitation(db, caller, offer(seeker.profile.searchKey, elsewhere.job.id))))
        .code,
    ).toBe("NOT_FOUND");
    expect(
      (await refusal(sendInvitation(db, caller, offer(seeker.profile.searchKey, closed.id)))).code,
    ).toBe("CONFLICT");
    expect(
      (await refusal(sendInvitation(db, caller, offer(seeker.profile.searchKey, draft.id)))).code,
    ).toBe("CONFLICT");
  });

  it("refuses a salary range whose lowest is above its highest, and an empty message", async () => {
    const { job, caller } = await employer();
    const seeker = await createSeeker(db, { searchable: true });
    await expect(
      sendInvitation(db, caller, {
        ...offer(seeker.profile.searchKey, job.id),
        salaryMin: 6_000_000,
      }),
    ).rejects.toThrow(ZodError);
    await expect(
      sendInvitation(db, caller, { ...offer(seeker.profile.searchKey, job.id), message: "  " }),
    ).rejects.toThrow(ZodError);
    expect(await db.invitation.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("invites to a position described in the invitation, kept as an unpublished job of the company", async () => {
    const { company, caller } = await employer();
    const seeker = await createSeeker(db, { searchable: true });
    const { jobId: _job, ...terms } = offer(seeker.profile.searchKey, "");
    const position = {
      title: `Night-shift welder ${uniqueSuffix()}`,
      employmentType: "FULL_TIME" as const,
      location: "JP-14" as const,
      description: "TIG welding of stainless tanks, three nights a week.",
    };
    const sent = await sendInvitation(db, caller, { ...terms, position });
    const invitation = await db.invitation.findUniqueOrThrow({
      where: { id: sent.invitationId },
      select: { job: true },
    });
    expect(invitation.job).toMatchObject({
      companyId: company.id,
      title: position.title,
      location: "Kanagawa",
      status: "DRAFT",
      publishedAt: null,
      salaryMin: 4_000_000,
      visaSupport: true,
    });
    // The seeker reads the description with the invitation; there is no job page to link to.
    const [mine] = await listMyInvitations(db, seeker.user.id);
    expect(mine!.job).toMatchObject({
      title: position.title,
      posted: false,
      description: position.description,
    });
    // An existing draft cannot be named instead of described, and a job and a position not both.
    const err = await refusal(sendInvitation(db, caller, { ...terms, jobId: invitation.job.id }));
    expect(err.code).toBe("CONFLICT");
    await expect(
      sendInvitation(db, caller, { ...terms, jobId: invitation.job.id, position }),
    ).rejects.toBeInstanceOf(ZodError);
  });
});
