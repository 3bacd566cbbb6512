import { createDb } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createJob,
  createSeeker,
  uniqueSuffix,
} from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { consumeMemberQuota } from "../candidates/member-quota";
import { sendInvitation } from "../invitations/send-invitation";
import { getUsage } from "./get-usage";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function caller(plan: "standard" | "free", options: { verified?: boolean } = {}) {
  const { company } = await createCompany(db, {
    plan,
    slug: `usage-${uniqueSuffix()}`,
    verified: options.verified,
  });
  const { member } = await createEmployerMember(db, { companyId: company.id });
  return { companyId: company.id, memberId: member.id };
}

describe("getUsage (F12/F13 quotas)", () => {
  it("reports searches this minute and today for the member, invitations this month for the company", async () => {
    const who = await caller("standard");
    const now = new Date("2026-11-22T10:15:30Z");
    const search = (at: Date) =>
      consumeMemberQuota(db, {
        ...who,
        metric: "RESUME_SEARCH",
        now: at,
        windows: [
          { unit: "minute", limit: 20 },
          { unit: "day", limit: 200 },
        ],
      });
    await search(new Date("2026-11-22T09:00:00Z"));
    await search(now);
    await search(now);
    const job = await createJob(db, { companyId: who.companyId, status: "OPEN" });
    const seeker = await createSeeker(db, { searchable: true });
    await sendInvitation(
      db,
      who,
      {
        candidateId: seeker.profile.searchKey,
        jobId: job.id,
        salaryMin: 1,
        salaryMax: 2,
        visaSupport: false,
        message: "Hello there",
      },
      { now },
    );

    const usage = await getUsage(db, who, now);
    expect(usage).toMatchObject({
      searchIncluded: true,
      invitationsIncluded: true,
      searchesThisMinute: { used: 2, limit: 20, left: 18 },
      searchesToday: { used: 3, limit: 200, left: 197 },
      invitationsThisMonth: { used: 1, limit: 50, left: 49 },
    });
    // A colleague's searches are their own; the company's invitations are shared.
    const { member: colleague } = await createEmployerMember(db, { companyId: who.companyId });
    expect(
      await getUsage(db, { companyId: who.companyId, memberId: colleague.id }, now),
    ).toMatchObject({
      searchesToday: { used: 0 },
      invitationsThisMonth: { used: 1 },
    });
  });

  it("says search and invitations are not included without a paid plan, instead of failing", async () => {
    const usage = await getUsage(db, await caller("free"));
    expect(usage).toMatchObject({
      searchIncluded: false,
      invitationsIncluded: false,
      searchesToday: { limit: 0, left: 0 },
    });
  });

  it("says what keeps search and invitations closed: plan, verification or the review of reports", async () => {
    expect(await getUsage(db, await caller("free"))).toMatchObject({
      searchBlockedBy: "plan",
      invitationsBlockedBy: "plan",
    });
    expect(await getUsage(db, await caller("standard", { verified: false }))).toMatchObject({
      searchIncluded: false,
      searchBlockedBy: "verification",
      invitationsBlockedBy: "verification",
      searchesToday: { limit: 0 },
    });
    const flagged = await caller("standard");
    await db.company.update({
      where: { id: flagged.companyId },
      data: { reviewFlaggedAt: new Date() },
    });
    expect(await getUsage(db, flagged)).toMatchObject({
      searchIncluded: true,
      searchBlockedBy: null,
      invitationsIncluded: false,
      invitationsBlockedBy: "review",
      invitationsThisMonth: { limit: 0 },
    });
  });
});
