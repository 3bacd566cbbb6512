import type { Db } from "@tsunagu/db";

/** A company's seats as the Team page shows them and as invitations are checked against. */
export interface SeatUsage {
  /**
   * Seats of the plan the company has paid for now; the free plan's while a chosen plan waits
   * for payment or after it lapsed (F11). One without any plan.
   */
  seats: number;
  members: number;
  /** Open invitations hold a seat until they are accepted, revoked or expire. */
  openInvitations: number;
}

/** F10: how many of the plan's seats members and open invitations take. */
export async function seatUsage(
  db: Pick<Db, "companyMember" | "memberInvitation" | "subscription" | "plan">,
  companyId: string,
  now = new Date(),
): Promise<SeatUsage> {
  const [members, openInvitations, subscription, free] = await Promise.all([
    db.companyMember.count({ where: { companyId } }),
    db.memberInvitation.count({
      where: { companyId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    }),
    db.subscription.findUnique({
      where: { companyId },
      select: { status: true, currentPeriodEnd: true, plan: { select: { seats: true } } },
    }),
    db.plan.findFirst({
      where: { monthlyPrice: 0 },
      orderBy: { createdAt: "asc" },
      select: { seats: true },
    }),
  ]);
  const paidUp = subscription?.status === "ACTIVE" && subscription.currentPeriodEnd > now;
  const seats = paidUp ? subscription.plan.seats : (free?.seats ?? subscription?.plan.seats ?? 1);
  return { seats, members, openInvitations };
}
