import type { Db } from "@tsunagu/db";
import { emailDomainOf } from "@tsunagu/privacy";
import type { Caller } from "./find-candidates";

/**
 * F3 domain blocks: the domain of the searching member's confirmed email address, read from the
 * database on every search and view (never taken from the client), or null when the address
 * is not confirmed. Blocks by domain match it and its parent domains.
 */
export async function viewerEmailDomain(
  db: Pick<Db, "companyMember">,
  caller: Caller,
): Promise<string | null> {
  const member = await db.companyMember.findFirst({
    where: { id: caller.memberId, companyId: caller.companyId },
    select: { user: { select: { email: true, emailVerifiedAt: true } } },
  });
  if (!member?.user.emailVerifiedAt) return null;
  return emailDomainOf(member.user.email);
}
