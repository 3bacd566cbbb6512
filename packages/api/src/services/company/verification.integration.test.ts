import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createInvitation,
  createJob,
  createPlatformAdmin,
  createSeeker,
  uniqueSuffix,
} from "@tsunagu/db/testing";
import { requireInvitationPlan, requireResumeSearchPlan } from "../candidates/entitlements";
import { reportMyInvitation } from "../invitations/my-invitations";
import {
  clearCompanyReviewFlag,
  listCompaniesForAdmin,
  verifyCompanyByAdmin,
} from "./admin-companies";
import { REPORT_FLAG_THRESHOLD } from "./review-flag";
import {
  companyVerificationStatus,
  confirmDomain,
  DOMAIN_CONFIRMATION_LIFETIME_MS,
  hashDomainToken,
  requestDomainConfirmation,
} from "./verification";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function unverifiedCompany(website = "https://www.minato-logi.example.jp/about") {
  const { company } = await createCompany(db, {
    plan: "pro",
    verified: false,
    slug: `verify-${uniqueSuffix()}`,
    company: { website },
  });
  const { member: owner, user } = await createEmployerMember(db, {
    companyId: company.id,
    role: "OWNER",
  });
  const caller = { companyId: company.id, memberId: owner.id, role: "OWNER", userId: user.id };
  return { company, owner, user, caller };
}

describe("company verification (F10)", () => {
  it("a new unverified company cannot search or invite, on any plan", async () => {
    const { company } = await unverifiedCompany();
    await expect(requireResumeSearchPlan(db, company.id)).rejects.toMatchObject({
      code: "VERIFICATION_REQUIRED",
    });
    await expect(requireInvitationPlan(db, company.id)).rejects.toMatchObject({
      code: "VERIFICATION_REQUIRED",
    });
    // The factory's default stays verified, so older callers keep searching.
    const { company: verified } = await createCompany(db, { plan: "pro" });
    await expect(requireResumeSearchPlan(db, verified.id)).resolves.toMatchObject({ code: "pro" });
  });

  it("confirms the domain through a single-use, hashed link sent to a work address", async () => {
    const { company, caller } = await unverifiedCompany();
    const issued = await requestDomainConfirmation(db, caller, {
      email: "Hiring@Tokyo.Minato-Logi.example.jp",
    });
    expect(issued.email).toBe("hiring@tokyo.minato-logi.example.jp");
    const rows = await db.companyDomainConfirmation.findMany({ where: { companyId: company.id } });
    expect(rows).toHaveLength(1);
    expect(Buffer.from(rows[0]!.tokenHash)).toEqual(Buffer.from(hashDomainToken(issued.token)));
    expect(JSON.stringify(rows)).not.toContain(issued.token);
    const status = await companyVerificationStatus(db, company.id);
    expect(status).toMatchObject({ verifiedAt: null, domain: "minato-logi.example.jp" });
    expect(status.pending?.email).toBe(issued.email);

    const { verifiedAt } = await confirmDomain(db, caller, issued.token);
    const after = await db.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(after.verifiedAt).toEqual(verifiedAt);
    expect(after.verificationMethod).toBe("DOMAIN_EMAIL");
    await expect(requireResumeSearchPlan(db, company.id)).resolves.toMatchObject({ code: "pro" });
    await expect(confirmDomain(db, caller, issued.token)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const events = await db.auditEvent.findMany({
      where: { companyId: company.id, action: "company.verify" },
    });
    expect(events).toHaveLength(1);
  });

  it("refuses free mail, other domains, recruiters, and a company without a website", async () => {
    const { caller, company } = await unverifiedCompany();
    for (const email of ["owner@gmail.com", "owner@mail.yahoo.co.jp", "owner@other.example.jp"]) {
      await expect(requestDomainConfirmation(db, caller, { email })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    // A look-alike domain that merely ends with the same letters is another domain.
    await expect(
      requestDomainConfirmation(db, caller, { email: "a@evilminato-logi.example.jp" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const { member: recruiter } = await createEmployerMember(db, { companyId: company.id });
    await expect(
      requestDomainConfirmation(
        db,
        { companyId: company.id, memberId: recruiter.id, role: "RECRUITER" },
        { email: "r@minato-logi.example.jp" },
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const noSite = await unverifiedCompany("");
    await db.company.update({ where: { id: noSite.company.id }, data: { website: null } });
    await expect(
      requestDomainConfirmation(db, noSite.caller, { email: "a@minato-logi.example.jp" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("a link works only for the owner who asked, and not after it expires", async () => {
    const { caller, company } = await unverifiedCompany();
    const issued = await requestDomainConfirmation(db, caller, {
      email: "a@minato-logi.example.jp",
    });
    const other = await createEmployerMember(db, { companyId: company.id, role: "OWNER" });
    await expect(
      confirmDomain(
        db,
        { companyId: company.id, memberId: other.member.id, userId: other.user.id },
        issued.token,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const later = new Date(Date.now() + DOMAIN_CONFIRMATION_LIFETIME_MS + 60_000);
    await expect(confirmDomain(db, caller, issued.token, later)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // A new request replaces the open link.
    const second = await requestDomainConfirmation(db, caller, {
      email: "b@minato-logi.example.jp",
    });
    await expect(confirmDomain(db, caller, issued.token)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await confirmDomain(db, caller, second.token);
    await expect(
      requestDomainConfirmation(db, caller, { email: "c@minato-logi.example.jp" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a platform admin verifies by hand and lists companies by verification, audited", async () => {
    const { company } = await unverifiedCompany();
    const admin = await createPlatformAdmin(db);
    const unverified = await listCompaniesForAdmin(db, { verified: false });
    expect(unverified.map((c) => c.id)).toContain(company.id);
    await verifyCompanyByAdmin(db, admin.id, company.id);
    const row = await db.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(row.verificationMethod).toBe("ADMIN");
    expect((await listCompaniesForAdmin(db, { verified: false })).map((c) => c.id)).not.toContain(
      company.id,
    );
    expect((await listCompaniesForAdmin(db, { verified: true })).map((c) => c.id)).toContain(
      company.id,
    );
    const events = await db.auditEvent.findMany({
      where: { companyId: company.id, action: "company.verify" },
    });
    expect(events).toMatchObject([{ actorKind: "PLATFORM_ADMIN", actorUserId: admin.id }]);
    await expect(verifyCompanyByAdmin(db, admin.id, crypto.randomUUID())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("the spam-report threshold (F13)", () => {
  async function reportedCompany() {
    const { company } = await createCompany(db, {
      plan: "pro",
      slug: `reported-${uniqueSuffix()}`,
    });
    const { member } = await createEmployerMember(db, { companyId: company.id });
    const job = await createJob(db, { companyId: company.id, status: "OPEN" });
    const report = async () => {
      const seeker = await createSeeker(db, { searchable: true });
      const invitation = await createInvitation(db, {
        companyId: company.id,
        senderMemberId: member.id,
        profileId: seeker.profile.id,
        jobId: job.id,
        salaryMin: 3_000_000,
        salaryMax: 4_000_000,
        visaSupport: false,
        message: "Hello",
      });
      await reportMyInvitation(db, seeker.user.id, { invitationId: invitation.id, reason: "SPAM" });
    };
    return { company, report };
  }

  it("flags the company at the threshold; it cannot invite until an admin clears the flag", async () => {
    const { company, report } = await reportedCompany();
    for (let i = 0; i < REPORT_FLAG_THRESHOLD - 1; i++) await report();
    await expect(requireInvitationPlan(db, company.id)).resolves.toBeTruthy();
    await report();
    const flagged = await db.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(flagged.reviewFlaggedAt).not.toBeNull();
    await expect(requireInvitationPlan(db, company.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("reports"),
    });
    // Search stays open: the flag is about invitations.
    await expect(requireResumeSearchPlan(db, company.id)).resolves.toBeTruthy();
    expect((await listCompaniesForAdmin(db, { flagged: true })).map((c) => c.id)).toContain(
      company.id,
    );

    const admin = await createPlatformAdmin(db);
    await expect(clearCompanyReviewFlag(db, admin.id, company.id)).resolves.toEqual({
      cleared: true,
    });
    await expect(requireInvitationPlan(db, company.id)).resolves.toBeTruthy();
    const events = await db.auditEvent.findMany({
      where: {
        companyId: company.id,
        action: { in: ["company.review.flag", "company.review.clear"] },
      },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorKind])).toEqual([
      ["company.review.flag", "SYSTEM"],
      ["company.review.clear", "PLATFORM_ADMIN"],
    ]);
    // The reviewed reports do not count again: one more report does not re-flag at once.
    await report();
    const after = await db.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(after.reviewFlaggedAt).toBeNull();
  });

  it("reports older than the window do not count", async () => {
    const { company, report } = await reportedCompany();
    for (let i = 0; i < REPORT_FLAG_THRESHOLD - 1; i++) await report();
    await db.invitation.updateMany({
      where: { companyId: company.id },
      data: { respondedAt: new Date(Date.now() - 120 * 86_400_000) },
    });
    await report();
    const row = await db.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(row.reviewFlaggedAt).toBeNull();
  });
});
