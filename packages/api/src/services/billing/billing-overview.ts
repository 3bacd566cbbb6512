import type { BillingProvider, Db, InvoiceStatus, SubscriptionStatus } from "@tsunagu/db";
import type { Caller } from "../candidates/find-candidates";
import { getUsage, type Usage } from "../usage/get-usage";
import { freePlan, isFreePlan, listActivePlans, type PlanSummary } from "./plans";
import { lockedSubscription, settleEndedPeriod } from "./subscription-state";

/**
 * Where the company stands, in the words the billing page uses:
 * FREE (no paid plan), PENDING (chosen, not paid yet), ACTIVE (paid for this period), LAPSED
 * (the period ended unpaid), PAST_DUE (a renewal or card payment failed), CANCELED.
 */
export type BillingState = "FREE" | "PENDING" | "ACTIVE" | "LAPSED" | "PAST_DUE" | "CANCELED";

export interface InvoiceSummary {
  id: string;
  number: string;
  planName: string | null;
  amount: number;
  currency: string;
  status: InvoiceStatus;
  periodStart: Date;
  periodEnd: Date;
  issuedAt: Date;
  dueAt: Date;
  paidAt: Date | null;
}

export interface BillingOverview {
  /** The provider that takes new payments (from the environment). */
  provider: BillingProvider;
  state: BillingState;
  status: SubscriptionStatus | null;
  plan: PlanSummary;
  periodStart: Date | null;
  periodEnd: Date | null;
  canceledAt: Date | null;
  cancelAtPeriodEnd: boolean;
  scheduledPlan: PlanSummary | null;
  /** An upgrade waiting for its invoice to be paid. */
  pendingUpgrade: { plan: PlanSummary; invoiceId: string; number: string } | null;
  members: number;
  usage: Usage;
  invoices: InvoiceSummary[];
  plans: PlanSummary[];
  /** Stripe only: the owner can open the Customer Portal. */
  portalAvailable: boolean;
}

const INVOICE_LIST_LIMIT = 24;

function stateOf(
  subscription: { status: SubscriptionStatus; currentPeriodEnd: Date; plan: PlanSummary } | null,
  now: Date,
): BillingState {
  if (!subscription) return "FREE";
  if (subscription.status === "CANCELED") return "CANCELED";
  if (isFreePlan(subscription.plan)) return "FREE";
  if (subscription.status === "PENDING") return "PENDING";
  if (subscription.status === "PAST_DUE") return "PAST_DUE";
  return subscription.currentPeriodEnd > now ? "ACTIVE" : "LAPSED";
}

/**
 * F11: the company's plan with its limits, status, period, scheduled change, this period's
 * usage (services/usage), its invoices and the plans it can choose. An ended manual period is
 * settled first (subscription-state.ts), so the page shows the renewal invoice it needs.
 */
export async function getBillingOverview(
  db: Db,
  caller: Caller,
  provider: BillingProvider,
  now = new Date(),
): Promise<BillingOverview> {
  const subscription = await db.$transaction(async (tx) => {
    const locked = await lockedSubscription(tx, caller.companyId);
    return locked && settleEndedPeriod(tx, locked, now);
  });
  const [usage, plans, members, invoices, free] = await Promise.all([
    getUsage(db, caller, now),
    listActivePlans(db),
    db.companyMember.count({ where: { companyId: caller.companyId } }),
    db.invoice.findMany({
      where: { companyId: caller.companyId },
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      take: INVOICE_LIST_LIMIT,
      select: {
        id: true,
        number: true,
        amount: true,
        currency: true,
        status: true,
        periodStart: true,
        periodEnd: true,
        issuedAt: true,
        dueAt: true,
        paidAt: true,
        planId: true,
        plan: { select: { name: true } },
      },
    }),
    freePlan(db),
  ]);
  const plan = subscription?.plan ?? free;
  const state = stateOf(subscription, now);
  const upgradeInvoice =
    state === "ACTIVE"
      ? invoices.find((i) => i.status === "OPEN" && i.planId && i.planId !== plan.id)
      : undefined;
  const upgradePlan = upgradeInvoice && plans.find((p) => p.id === upgradeInvoice.planId);
  return {
    provider,
    state,
    status: subscription?.status ?? null,
    plan,
    periodStart: subscription && !isFreePlan(plan) ? subscription.currentPeriodStart : null,
    periodEnd: subscription && !isFreePlan(plan) ? subscription.currentPeriodEnd : null,
    canceledAt: subscription?.canceledAt ?? null,
    cancelAtPeriodEnd: subscription?.cancelAtPeriodEnd ?? false,
    scheduledPlan: subscription?.scheduledPlan ?? null,
    pendingUpgrade:
      upgradeInvoice && upgradePlan
        ? { plan: upgradePlan, invoiceId: upgradeInvoice.id, number: upgradeInvoice.number }
        : null,
    members,
    usage,
    invoices: invoices.map(({ plan: invoicePlan, planId: _planId, ...invoice }) => ({
      ...invoice,
      planName: invoicePlan?.name ?? null,
    })),
    plans,
    portalAvailable:
      provider === "STRIPE" &&
      subscription?.provider === "STRIPE" &&
      Boolean(subscription.externalCustomerId),
  };
}
