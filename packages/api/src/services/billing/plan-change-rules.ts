import type { SubscriptionStatus } from "@tsunagu/db";
import { AppError } from "../../errors";
import { isFreePlan, type PlanSummary } from "./plans";

/** The subscription as the plan-change rules read it. */
export interface CurrentSubscription {
  plan: PlanSummary;
  status: SubscriptionStatus;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  scheduledPlanId: string | null;
}

/**
 * What choosing a plan does (F11):
 * - purchase: nothing paid is in force; the plan starts once it is paid.
 * - upgrade: a dearer plan; it replaces the current one once its invoice is paid (manual
 *   invoice) or at once (Stripe).
 * - downgrade: a cheaper paid plan, from the end of the current period.
 * - cancel: the free plan. A paid-up plan keeps its access until the period ends; a plan not
 *   yet paid (pending, past due) ends at once.
 * - resume: the current plan again, undoing a scheduled cancellation or downgrade.
 */
export type PlanChange =
  | { kind: "purchase" }
  | { kind: "upgrade" }
  | { kind: "downgrade"; effectiveAt: Date }
  | { kind: "cancel"; effectiveAt: Date | null }
  | { kind: "resume" };

/** Paid for and running now: a paid plan, ACTIVE, inside its period. */
export function isPaidUp(current: CurrentSubscription | null, now: Date): boolean {
  return (
    current !== null &&
    !isFreePlan(current.plan) &&
    current.status === "ACTIVE" &&
    current.currentPeriodEnd > now
  );
}

/** Applies the rules above; a change they refuse throws with the reason in the message. */
export function decidePlanChange(
  current: CurrentSubscription | null,
  target: PlanSummary,
  members: number,
  now: Date,
): PlanChange {
  const paidUp = isPaidUp(current, now);
  if (isFreePlan(target)) {
    if (current && paidUp) {
      if (current.cancelAtPeriodEnd) {
        throw new AppError("CONFLICT", "The plan is already cancelled at the end of the period.");
      }
      return { kind: "cancel", effectiveAt: current.currentPeriodEnd };
    }
    if (current && !isFreePlan(current.plan) && current.status !== "CANCELED") {
      return { kind: "cancel", effectiveAt: null };
    }
    throw new AppError("CONFLICT", "The company is already on the free plan.");
  }
  if (members > target.seats) {
    throw new AppError(
      "CONFLICT",
      `The company has ${members} members but the ${target.name} plan has ${target.seats} seats. Remove ${members - target.seats} before changing to it.`,
      {
        fieldProblem: {
          field: "planCode",
          key: "seatsExceeded",
          params: {
            members,
            seats: target.seats,
            plan: target.name,
            remove: members - target.seats,
          },
        },
      },
    );
  }
  if (!current || !paidUp) return { kind: "purchase" };
  if (target.id === current.plan.id) {
    if (current.cancelAtPeriodEnd || current.scheduledPlanId) return { kind: "resume" };
    throw new AppError("CONFLICT", "The company is already on this plan.");
  }
  if (target.monthlyPrice > current.plan.monthlyPrice) return { kind: "upgrade" };
  if (current.scheduledPlanId === target.id) {
    throw new AppError("CONFLICT", "This change is already scheduled for the end of the period.");
  }
  return { kind: "downgrade", effectiveAt: current.currentPeriodEnd };
}
