import type { DbTransaction, Prisma } from "@tsunagu/db";
import { nextInvoiceNumber } from "./invoice-number";
import { dueDateFrom, oneMonthAfter } from "./period";
import { freePlan, isFreePlan, PLAN_FIELDS } from "./plans";

export const SUBSCRIPTION_FIELDS = {
  id: true,
  companyId: true,
  planId: true,
  plan: { select: PLAN_FIELDS },
  status: true,
  provider: true,
  externalCustomerId: true,
  externalSubscriptionId: true,
  currentPeriodStart: true,
  currentPeriodEnd: true,
  canceledAt: true,
  cancelAtPeriodEnd: true,
  scheduledPlanId: true,
  scheduledPlan: { select: PLAN_FIELDS },
  lastProviderEventAt: true,
} as const satisfies Prisma.SubscriptionSelect;

export type SubscriptionRow = Prisma.SubscriptionGetPayload<{ select: typeof SUBSCRIPTION_FIELDS }>;

/**
 * Locks the company's row, as membership changes do (members/company-lock), so a plan change
 * and an invitation cannot pass the seat check together, and reads its subscription.
 */
export async function lockedSubscription(
  tx: DbTransaction,
  companyId: string,
): Promise<SubscriptionRow | null> {
  await tx.$queryRaw`SELECT id FROM companies WHERE id = ${companyId}::uuid FOR UPDATE`;
  return tx.subscription.findUnique({ where: { companyId }, select: SUBSCRIPTION_FIELDS });
}

/**
 * F11: what happens when a manual-invoice period ends, applied the next time the company's
 * billing is read or changed (idempotent). A cancelled plan ends and the company is on the free
 * plan; otherwise the scheduled downgrade (or the same plan) is invoiced for the next month and
 * the subscription is PAST_DUE until an admin marks that invoice paid. Entitlements already
 * stop at the period's end whether or not this has run. Stripe subscriptions change only
 * through Stripe's webhooks.
 */
export async function settleEndedPeriod(
  tx: DbTransaction,
  subscription: SubscriptionRow,
  now: Date,
): Promise<SubscriptionRow> {
  if (
    subscription.provider !== "MANUAL_INVOICE" ||
    subscription.status !== "ACTIVE" ||
    isFreePlan(subscription.plan) ||
    subscription.currentPeriodEnd > now
  ) {
    return subscription;
  }
  const periodStart = subscription.currentPeriodEnd;
  if (subscription.cancelAtPeriodEnd) {
    const free = await freePlan(tx);
    await tx.invoice.updateMany({
      where: { subscriptionId: subscription.id, status: "OPEN" },
      data: { status: "VOID" },
    });
    await recordSystemEvent(tx, subscription, "billing.subscription.ended", now);
    return tx.subscription.update({
      where: { id: subscription.id },
      data: {
        planId: free.id,
        status: "CANCELED",
        canceledAt: periodStart,
        cancelAtPeriodEnd: false,
        scheduledPlanId: null,
      },
      select: SUBSCRIPTION_FIELDS,
    });
  }
  const nextPlan = subscription.scheduledPlan ?? subscription.plan;
  // An upgrade invoice still open is for a plan the owner no longer moves to: the renewal replaces it.
  await tx.invoice.updateMany({
    where: { subscriptionId: subscription.id, status: "OPEN" },
    data: { status: "VOID" },
  });
  await tx.invoice.create({
    data: {
      companyId: subscription.companyId,
      subscriptionId: subscription.id,
      planId: nextPlan.id,
      provider: "MANUAL_INVOICE",
      number: await nextInvoiceNumber(tx, now),
      amount: nextPlan.monthlyPrice,
      currency: nextPlan.currency,
      status: "OPEN",
      periodStart,
      periodEnd: oneMonthAfter(periodStart),
      issuedAt: now,
      dueAt: dueDateFrom(now),
    },
  });
  await recordSystemEvent(tx, subscription, "billing.subscription.renewal_invoiced", now);
  return tx.subscription.update({
    where: { id: subscription.id },
    data: { planId: nextPlan.id, status: "PAST_DUE", scheduledPlanId: null },
    select: SUBSCRIPTION_FIELDS,
  });
}

async function recordSystemEvent(
  tx: DbTransaction,
  subscription: Pick<SubscriptionRow, "id" | "companyId">,
  action: string,
  now: Date,
) {
  await tx.auditEvent.create({
    data: {
      actorKind: "SYSTEM",
      companyId: subscription.companyId,
      action,
      targetKind: "subscription",
      targetId: subscription.id,
      occurredAt: now,
    },
  });
}
