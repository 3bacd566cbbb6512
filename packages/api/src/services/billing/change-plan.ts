import type { Db, DbTransaction } from "@tsunagu/db";
import { AppError } from "../../errors";
import type { Caller } from "../candidates/find-candidates";
import { decidePlanChange, isPaidUp, type PlanChange } from "./plan-change-rules";
import { activePlanByCode, freePlan, type PlanSummary } from "./plans";
import type { BillingProviderAdapter, PaymentStart } from "./provider";
import { lockedSubscription, settleEndedPeriod, type SubscriptionRow } from "./subscription-state";

/** What choosing a plan did, for the page to say. */
export type PlanChangeResult =
  | ({ change: "purchase" | "upgrade" } & PaymentStart)
  | { change: "downgrade"; effectiveAt: Date }
  | { change: "cancel"; effectiveAt: Date | null }
  | { change: "resume" };

export interface PlanChangeOptions {
  provider: BillingProviderAdapter;
  /** The billing page's absolute URL, where Stripe sends the owner back. */
  returnUrl: string;
  now?: Date;
}

// Stripe calls run inside the transaction (under the company lock), so give them time.
const TRANSACTION_OPTIONS = { timeout: 20_000, maxWait: 10_000 };

async function audit(
  tx: DbTransaction,
  caller: Caller & { userId: string },
  action: string,
  subscriptionId: string | null,
  metadata: Record<string, string | null>,
  now: Date,
) {
  await tx.auditEvent.create({
    data: {
      actorKind: "EMPLOYER_MEMBER",
      actorUserId: caller.userId,
      companyId: caller.companyId,
      action,
      targetKind: "subscription",
      targetId: subscriptionId,
      metadata,
      occurredAt: now,
    },
  });
}

async function applyChange(
  tx: DbTransaction,
  caller: Caller & { userId: string },
  subscription: SubscriptionRow | null,
  target: PlanSummary,
  change: PlanChange,
  options: PlanChangeOptions & { now: Date },
): Promise<PlanChangeResult> {
  const { provider, now } = options;
  const from = subscription?.plan.code ?? null;
  switch (change.kind) {
    case "purchase":
    case "upgrade": {
      const started = await provider.startPayment(tx, {
        companyId: caller.companyId,
        subscription,
        plan: target,
        change: change.kind,
        returnUrl: options.returnUrl,
        now,
      });
      await audit(
        tx,
        caller,
        `billing.plan.${change.kind}`,
        subscription?.id ?? null,
        { from, to: target.code },
        now,
      );
      return { change: change.kind, ...started };
    }
    case "downgrade": {
      if (!subscription) throw new Error("A downgrade needs a subscription");
      await provider.scheduleAtProvider(subscription, { kind: "downgrade", plan: target });
      await tx.invoice.updateMany({
        where: { companyId: caller.companyId, status: "OPEN", provider: "MANUAL_INVOICE" },
        data: { status: "VOID" },
      });
      await tx.subscription.update({
        where: { id: subscription.id },
        data: { scheduledPlanId: target.id, cancelAtPeriodEnd: false },
      });
      await audit(
        tx,
        caller,
        "billing.plan.downgrade",
        subscription.id,
        { from, to: target.code },
        now,
      );
      return { change: "downgrade", effectiveAt: change.effectiveAt };
    }
    case "cancel":
      return cancelSubscription(tx, caller, subscription, change.effectiveAt, options);
    case "resume": {
      if (!subscription) throw new Error("Resuming needs a subscription");
      await provider.scheduleAtProvider(subscription, { kind: "resume", plan: subscription.plan });
      await tx.subscription.update({
        where: { id: subscription.id },
        data: { scheduledPlanId: null, cancelAtPeriodEnd: false },
      });
      await audit(tx, caller, "billing.plan.resume", subscription.id, { from, to: from }, now);
      return { change: "resume" };
    }
  }
}

async function cancelSubscription(
  tx: DbTransaction,
  caller: Caller & { userId: string },
  subscription: SubscriptionRow | null,
  effectiveAt: Date | null,
  options: PlanChangeOptions & { now: Date },
): Promise<PlanChangeResult> {
  if (!subscription) throw new AppError("CONFLICT", "The company is already on the free plan.");
  const { now } = options;
  // Open invoices pay for a plan the owner no longer wants.
  await tx.invoice.updateMany({
    where: { companyId: caller.companyId, status: "OPEN", provider: "MANUAL_INVOICE" },
    data: { status: "VOID" },
  });
  if (effectiveAt) {
    await options.provider.scheduleAtProvider(subscription, { kind: "cancel" });
    await tx.subscription.update({
      where: { id: subscription.id },
      data: { cancelAtPeriodEnd: true, scheduledPlanId: null },
    });
  } else {
    const free = await freePlan(tx);
    await tx.subscription.update({
      where: { id: subscription.id },
      data: {
        planId: free.id,
        status: "CANCELED",
        canceledAt: now,
        cancelAtPeriodEnd: false,
        scheduledPlanId: null,
      },
    });
  }
  await audit(
    tx,
    caller,
    "billing.plan.cancel",
    subscription.id,
    { from: subscription.plan.code, effectiveAt: (effectiveAt ?? now).toISOString() },
    now,
  );
  return { change: "cancel", effectiveAt };
}

/**
 * F11: the owner chooses a plan; the rules in plan-change-rules.ts decide what that means, and
 * the provider takes the payment. Everything happens under the company's lock.
 */
export async function choosePlan(
  db: Db,
  caller: Caller & { userId: string },
  planCode: string,
  options: PlanChangeOptions,
): Promise<PlanChangeResult> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const target = await activePlanByCode(tx, planCode);
    const locked = await lockedSubscription(tx, caller.companyId);
    const subscription = locked && (await settleEndedPeriod(tx, locked, now));
    const members = await tx.companyMember.count({ where: { companyId: caller.companyId } });
    const change = decidePlanChange(subscription, target, members, now);
    return applyChange(tx, caller, subscription, target, change, { ...options, now });
  }, TRANSACTION_OPTIONS);
}

/** F11: cancel = the free plan; a paid-up plan keeps its access until the period ends. */
export async function cancelPlan(
  db: Db,
  caller: Caller & { userId: string },
  options: PlanChangeOptions,
) {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const free = await freePlan(tx);
    const locked = await lockedSubscription(tx, caller.companyId);
    const subscription = locked && (await settleEndedPeriod(tx, locked, now));
    const change = decidePlanChange(subscription, free, 0, now);
    return applyChange(tx, caller, subscription, free, change, { ...options, now });
  }, TRANSACTION_OPTIONS);
}

/** F11: keep the current plan after all: undoes a scheduled cancellation or downgrade. */
export async function resumePlan(
  db: Db,
  caller: Caller & { userId: string },
  options: PlanChangeOptions,
) {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const locked = await lockedSubscription(tx, caller.companyId);
    const subscription = locked && (await settleEndedPeriod(tx, locked, now));
    if (
      !subscription ||
      !isPaidUp(subscription, now) ||
      (!subscription.cancelAtPeriodEnd && !subscription.scheduledPlanId)
    ) {
      throw new AppError("CONFLICT", "There is no scheduled change to undo.");
    }
    return applyChange(
      tx,
      caller,
      subscription,
      subscription.plan,
      { kind: "resume" },
      { ...options, now },
    );
  }, TRANSACTION_OPTIONS);
}
