import type { Db, MemberRole } from "@tsunagu/db";

export interface CompanyMemberEntry {
  id: string;
  displayName: string;
  role: MemberRole;
  joinedAt: Date;
}

/** F10: the company's members, owners first. Contact details stay out of the list. */
export function listMembers(
  db: Pick<Db, "companyMember">,
  companyId: string,
): Promise<CompanyMemberEntry[]> {
  return db.companyMember.findMany({
    where: { companyId },
    orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
    select: { id: true, displayName: true, role: true, joinedAt: true },
  });
}
