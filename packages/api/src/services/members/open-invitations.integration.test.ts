import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import { createCompany, createEmployerMember, uniqueSuffix } from "@tsunagu/db/testing";
import { acceptMemberInvitation } from "./accept-member-invitation";
import { inviteMember } from "./invite-member";
import { findOpenInvitation, listOpenInvitations } from "./open-invitations";

const db = createDb(process.env.DATABASE_URL!);

afterAll(async () => {
  await db.$disconnect();
});

describe("open invitations (read-only)", () => {
  it("finds an invitation by its link without using it up, and stops once it is used", async () => {
    const { company } = await createCompany(db, { plan: "pro", slug: `open-${uniqueSuffix()}` });
    const { member } = await createEmployerMember(db, { companyId: company.id, role: "OWNER" });
    const email = `invitee.${uniqueSuffix()}@example.test`;
    const { token } = await inviteMember(
      db,
      { companyId: company.id, memberId: member.id },
      { email, role: "RECRUITER" },
    );

    expect(await findOpenInvitation(db, token)).toMatchObject({
      email,
      role: "RECRUITER",
      company: { name: company.name },
    });
    expect(await findOpenInvitation(db, token)).not.toBeNull();
    expect((await listOpenInvitations(db, company.id)).map((i) => i.email)).toEqual([email]);
    expect(await findOpenInvitation(db, "not-a-token")).toBeNull();
    expect(await findOpenInvitation(db, token, new Date(Date.now() + 30 * 86_400_000))).toBeNull();

    await acceptMemberInvitation(db, {
      token,
      displayName: "Aoi Tanaka",
      password: "correct horse battery staple 42",
    });
    expect(await findOpenInvitation(db, token)).toBeNull();
    expect(await listOpenInvitations(db, company.id)).toEqual([]);
  });
});
