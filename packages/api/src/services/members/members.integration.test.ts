import { afterAll, describe, expect, it } from "vitest";
import { createSession } from "@tsunagu/auth";
import { createDb } from "@tsunagu/db";
import { createCompany, createEmployerMember, uniqueSuffix } from "@tsunagu/db/testing";
import { acceptMemberInvitation } from "./accept-member-invitation";
import { hashInvitationToken, inviteMember } from "./invite-member";
import { listMembers } from "./list-members";
import { findOpenInvitation } from "./open-invitations";
import { removeMember } from "./remove-member";
import { revokeMemberInvitation } from "./revoke-member-invitation";
import { seatUsage } from "./seat-usage";
import { transferOwnership } from "./transfer-ownership";

const db = createDb(process.env.DATABASE_URL!);

afterAll(async () => {
  await db.$disconnect();
});

async function companyWithOwner(plan: "free" | "pro" = "pro") {
  const { company } = await createCompany(db, { plan, slug: `members-${uniqueSuffix()}` });
  const { member: owner } = await createEmployerMember(db, {
    companyId: company.id,
    role: "OWNER",
  });
  return { companyId: company.id, owner, caller: { companyId: company.id, memberId: owner.id } };
}

describe("member invitations", () => {
  it("stores only a hash of the token, and a new invitation replaces the open one", async () => {
    const { caller } = await companyWithOwner();
    const email = `Invitee.${uniqueSuffix()}@Example.test`;
    const first = await inviteMember(db, caller, { email, role: "RECRUITER" });
    const second = await inviteMember(db, caller, { email, role: "OWNER" });
    const rows = await db.memberInvitation.findMany({
      where: { companyId: caller.companyId },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => [r.email, r.role, r.revokedAt !== null])).toEqual([
      [email.toLowerCase(), "RECRUITER", true],
      [email.toLowerCase(), "OWNER", false],
    ]);
    expect(Buffer.from(rows[1]!.tokenHash)).toEqual(Buffer.from(hashInvitationToken(second.token)));
    expect(JSON.stringify(rows)).not.toContain(first.token);
    expect(second.token).not.toBe(first.token);
  });

  it("refuses to invite an existing member, and past the plan's seats", async () => {
    const { caller, companyId } = await companyWithOwner("free");
    const { user } = await createEmployerMember(db, { companyId });
    await expect(inviteMember(db, caller, { email: user.email })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // Free plan: two seats, both taken by the owner and the recruiter.
    await expect(
      inviteMember(db, caller, { email: `x.${uniqueSuffix()}@example.test` }),
    ).rejects.toMatchObject({ code: "PLAN_REQUIRED" });
  });
});

describe("removing members and transferring ownership", () => {
  it("removes a member of the company and ends their sessions at once", async () => {
    const { caller, companyId } = await companyWithOwner();
    const { member, user } = await createEmployerMember(db, { companyId });
    await createSession(db, { userId: user.id, audience: "EMPLOYER" });
    await removeMember(db, caller, member.id);
    expect((await listMembers(db, companyId)).map((m) => m.id)).toEqual([caller.memberId]);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("never removes another company's member, and never the last owner", async () => {
    const a = await companyWithOwner();
    const b = await companyWithOwner();
    await expect(removeMember(db, a.caller, b.owner.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(removeMember(db, a.caller, a.owner.id)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await db.companyMember.count({ where: { id: { in: [a.owner.id, b.owner.id] } } })).toBe(
      2,
    );
  });

  it("keeps an owner when two owners remove each other at the same moment", async () => {
    const { caller, companyId } = await companyWithOwner();
    const { member: second } = await createEmployerMember(db, { companyId, role: "OWNER" });
    const results = await Promise.allSettled([
      removeMember(db, caller, second.id),
      removeMember(db, { companyId }, caller.memberId),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.companyMember.count({ where: { companyId, role: "OWNER" } })).toBe(1);
  });

  it("hands ownership to a member of the same company and makes the caller a recruiter", async () => {
    const { caller, companyId } = await companyWithOwner();
    const { member } = await createEmployerMember(db, { companyId });
    const other = await companyWithOwner();
    await expect(transferOwnership(db, caller, other.owner.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(transferOwnership(db, caller, caller.memberId)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    await transferOwnership(db, caller, member.id);
    const roles = Object.fromEntries((await listMembers(db, companyId)).map((m) => [m.id, m.role]));
    expect(roles).toEqual({ [member.id]: "OWNER", [caller.memberId]: "RECRUITER" });
    // The former owner's stale request is refused under the lock.
    await expect(transferOwnership(db, caller, member.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("accepting a member invitation", () => {
  const PASSWORD = "Kestrel-harbour-lantern-93";

  it("creates the invited account once, with the invited role, and the link then stops working", async () => {
    const { caller, companyId } = await companyWithOwner();
    const email = `joiner.${uniqueSuffix()}@example.test`;
    const { token } = await inviteMember(db, caller, { email, role: "OWNER" });
    expect(await acceptMemberInvitation(db, { token })).toEqual({
      status: "needs-account-details",
    });
    const joined = await acceptMemberInvitation(db, {
      token,
      displayName: "Aoi Tanaka",
      password: PASSWORD,
    });
    expect(joined).toMatchObject({ status: "joined", newAccount: true });
    const user = await db.user.findUniqueOrThrow({
      where: { email },
      include: { membership: true },
    });
    expect(user).toMatchObject({
      kind: "EMPLOYER",
      membership: { companyId, role: "OWNER", displayName: "Aoi Tanaka" },
    });
    expect(user.emailVerifiedAt).not.toBeNull();
    await expect(
      acceptMemberInvitation(db, { token, displayName: "Again", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets an existing employer account join only while signed in as that account", async () => {
    const { caller, companyId } = await companyWithOwner();
    const former = await companyWithOwner();
    const { member, user } = await createEmployerMember(db, { companyId: former.companyId });
    await removeMember(db, former.caller, member.id);
    const { token } = await inviteMember(db, caller, { email: user.email });
    await expect(
      acceptMemberInvitation(db, { token, displayName: "x", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      acceptMemberInvitation(db, { token }, { signedInUserId: caller.memberId }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await acceptMemberInvitation(db, { token }, { signedInUserId: user.id })).toMatchObject({
      status: "joined",
      newAccount: false,
    });
    expect(
      (await db.companyMember.findUniqueOrThrow({ where: { userId: user.id } })).companyId,
    ).toBe(companyId);
  });

  it("refuses revoked, expired and unknown links, and weak passwords", async () => {
    const { caller } = await companyWithOwner();
    const email = `joiner.${uniqueSuffix()}@example.test`;
    const old = await inviteMember(db, caller, { email });
    const current = await inviteMember(db, caller, { email });
    await expect(
      acceptMemberInvitation(db, { token: old.token, displayName: "x", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      acceptMemberInvitation(
        db,
        { token: current.token, displayName: "x", password: PASSWORD },
        { now: new Date(Date.now() + 8 * 86_400_000) },
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      acceptMemberInvitation(db, { token: "x".repeat(43), displayName: "x", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      acceptMemberInvitation(db, { token: current.token, displayName: "x", password: "password1" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("seats and open invitations", () => {
  it("counts members and open invitations against the plan's seats, and a revoked invitation frees its seat and its link", async () => {
    const { caller, companyId } = await companyWithOwner("free");
    const email = `seat.${uniqueSuffix()}@example.test`;
    const issued = await inviteMember(db, caller, { email });
    expect(await seatUsage(db, companyId)).toEqual({ seats: 2, members: 1, openInvitations: 1 });
    await expect(
      inviteMember(db, caller, { email: `second.${uniqueSuffix()}@example.test` }),
    ).rejects.toMatchObject({ code: "PLAN_REQUIRED" });

    await expect(revokeMemberInvitation(db, caller, issued.invitationId)).resolves.toEqual({
      email,
    });
    expect(await findOpenInvitation(db, issued.token)).toBeNull();
    expect(await seatUsage(db, companyId)).toEqual({ seats: 2, members: 1, openInvitations: 0 });
    // Revoking twice, or another company's invitation, is "not found".
    await expect(revokeMemberInvitation(db, caller, issued.invitationId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const other = await companyWithOwner();
    const theirs = await inviteMember(db, other.caller, {
      email: `t.${uniqueSuffix()}@example.test`,
    });
    await expect(revokeMemberInvitation(db, caller, theirs.invitationId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await findOpenInvitation(db, theirs.token)).not.toBeNull();
    // The freed seat can be used again.
    await expect(
      inviteMember(db, caller, { email: `third.${uniqueSuffix()}@example.test` }),
    ).resolves.toMatchObject({ invitationId: expect.any(String) });
  });
});
