import type { Db } from "@tsunagu/db";

/** A company's seats as the Team page shows them and as invitations are checked against. */
export interface SeatUsage {
  /** Seats of the company's plan (one without a subscription). */
  seats: number;
  members: number;
  /** Open invitations hold a seat until they are accepted, revoked or expire. */
  openInvitations: number;
}

/** F10: how many of the plan's seats members and open invitations take. */
export async function seatUsage(
  db: Pick<Db, "companyMember" | "memberInvitation" | "subscription">,
  companyId: string,
  now = new Date(),
): Promise<SeatUsage> {
  const [members, openInvitations, subscription] = await Promise.all([
    db.companyMember.count({ where: { companyId } }),
    db.memberInvitation.count({
      where: { companyId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    }),
    db.subscription.findUnique({
      where: { companyId },
      select: { plan: { select: { seats: true } } },
    }),
  ]);
  return { seats: subscription?.plan.seats ?? 1, members, openInvitations };
}
