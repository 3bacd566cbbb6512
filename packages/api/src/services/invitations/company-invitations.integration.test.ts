import { createDb } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createJob,
  createSeeker,
  uniqueSuffix,
} from "@tsunagu/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { getCompanyInvitation, listCompanyInvitations, listOpenJobs } from "./company-invitations";
import { acceptMyInvitation, declineMyInvitation } from "./my-invitations";
import { sendInvitation } from "./send-invitation";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function employer() {
  const { company } = await createCompany(db, { plan: "standard", slug: `ci-${uniqueSuffix()}` });
  const { member } = await createEmployerMember(db, { companyId: company.id });
  const job = await createJob(db, { companyId: company.id, status: "OPEN" });
  return { company, member, job, caller: { companyId: company.id, memberId: member.id } };
}

const offer = (candidateId: string, jobId: string) => ({
  candidateId,
  jobId,
  salaryMin: 4_000_000,
  salaryMax: 5_000_000,
  visaSupport: true,
  message: "We would like to talk about a care role in Osaka.",
});

describe("the company's sent invitations (F13)", () => {
  it("lists them newest first with their effective status, and shows contact only once accepted (R5)", async () => {
    const { job, caller, company } = await employer();
    const [a, b, c] = await Promise.all(
      [1, 2, 3].map(() => createSeeker(db, { searchable: true })),
    );
    const sentAt = new Date("2026-11-01T09:00:00Z");
    const first = await sendInvitation(db, caller, offer(a!.profile.searchKey, job.id), {
      now: sentAt,
    });
    const second = await sendInvitation(db, caller, offer(b!.profile.searchKey, job.id), {
      now: new Date("2026-11-02T09:00:00Z"),
    });
    const third = await sendInvitation(db, caller, offer(c!.profile.searchKey, job.id), {
      now: new Date("2026-11-03T09:00:00Z"),
    });
    await acceptMyInvitation(db, a!.user.id, first.invitationId, new Date("2026-11-04T09:00:00Z"));
    await declineMyInvitation(
      db,
      b!.user.id,
      second.invitationId,
      new Date("2026-11-04T09:00:00Z"),
    );

    const later = new Date("2026-12-20T00:00:00Z");
    const list = await listCompanyInvitations(db, company.id, later);
    expect(list.map((i) => [i.id, i.status])).toEqual([
      [third.invitationId, "EXPIRED"],
      [second.invitationId, "DECLINED"],
      [first.invitationId, "ACCEPTED"],
    ]);
    expect(list[2]).toMatchObject({ candidateId: a!.profile.searchKey, job: { id: job.id } });
    expect(JSON.stringify(list)).not.toContain(a!.user.email);

    const declined = await getCompanyInvitation(db, caller, second.invitationId, later);
    expect(declined.contact).toBeNull();
    const accepted = await getCompanyInvitation(db, caller, first.invitationId, later);
    expect(accepted.contact).toMatchObject({
      email: a!.user.email,
      lastName: a!.profile.lastName,
      phone: a!.profile.phone,
    });
  });

  it("records a colleague's receipt of the contact once in the seeker's ledger; the sender's is the acceptance row", async () => {
    const { job, caller, company } = await employer();
    const { member: colleague } = await createEmployerMember(db, { companyId: company.id });
    const seeker = await createSeeker(db, { searchable: true });
    const sent = await sendInvitation(db, caller, offer(seeker.profile.searchKey, job.id));
    await acceptMyInvitation(db, seeker.user.id, sent.invitationId);
    const reveals = () =>
      db.disclosureLedgerEntry.findMany({
        where: { invitationId: sent.invitationId, kind: "CONTACT_REVEAL" },
        select: { memberId: true },
        orderBy: { occurredAt: "asc" },
      });
    await getCompanyInvitation(db, caller, sent.invitationId);
    expect(await reveals()).toEqual([{ memberId: caller.memberId }]);
    const asColleague = { companyId: company.id, memberId: colleague.id };
    await getCompanyInvitation(db, asColleague, sent.invitationId);
    await getCompanyInvitation(db, asColleague, sent.invitationId);
    expect(await reveals()).toEqual([{ memberId: caller.memberId }, { memberId: colleague.id }]);
  });

  it("answers NOT_FOUND for another company's invitation and lists only its own and its open jobs", async () => {
    const mine = await employer();
    const theirs = await employer();
    const seeker = await createSeeker(db, { searchable: true });
    const sent = await sendInvitation(
      db,
      theirs.caller,
      offer(seeker.profile.searchKey, theirs.job.id),
    );
    await expect(getCompanyInvitation(db, mine.caller, sent.invitationId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await listCompanyInvitations(db, mine.company.id)).toEqual([]);
    await createJob(db, { companyId: mine.company.id, status: "CLOSED" });
    expect((await listOpenJobs(db, mine.company.id)).map((j) => j.id)).toEqual([mine.job.id]);
  });
});
