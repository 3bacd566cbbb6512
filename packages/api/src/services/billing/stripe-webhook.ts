import Stripe from "stripe";
import { z } from "zod";
import type { Db, DbTransaction, SubscriptionStatus } from "@tsunagu/db";
import { nextInvoiceNumber } from "./invoice-number";
import { oneMonthAfter } from "./period";
import { freePlan } from "./plans";

/**
 * F11: Stripe's webhooks, worked from the event payload alone (no call back to Stripe), so the
 * handler runs and is tested offline. Each event id is applied once (billing_webhook_events),
 * and an event older than the last one applied to a subscription never overwrites it: Stripe
 * does not promise delivery order.
 */
export type StripeWebhookResult =
  | { status: 400; outcome: "invalid-signature" }
  | { status: 200; outcome: "applied" | "duplicate" | "stale" | "ignored" };

const id = z.string().min(1);
const stripeRef = z.union([id, z.object({ id }).transform((o) => o.id)]);
const metadata = z
  .record(z.string(), z.string())
  .nullish()
  .transform((m) => m ?? {});
const period = z.object({ start: z.number().int(), end: z.number().int() });

const checkoutSession = z.object({
  client_reference_id: z.string().nullish(),
  customer: stripeRef.nullish(),
  subscription: stripeRef.nullish(),
  payment_status: z.string(),
  metadata,
});

const invoice = z.object({
  id,
  number: z.string().nullish(),
  customer: stripeRef.nullish(),
  currency: z.string(),
  amount_due: z.number().int(),
  amount_paid: z.number().int(),
  created: z.number().int(),
  due_date: z.number().int().nullish(),
  status_transitions: z.object({ paid_at: z.number().int().nullish() }).partial().nullish(),
  // API versions before 2025-03 name the subscription here, later ones under `parent`.
  subscription: stripeRef.nullish(),
  parent: z
    .object({
      subscription_details: z.object({ subscription: stripeRef.nullish() }).nullish(),
    })
    .nullish(),
  lines: z.object({
    data: z.array(
      z.object({
        period,
        price: z.object({ id }).nullish(),
        pricing: z.object({ price_details: z.object({ price: stripeRef }).nullish() }).nullish(),
      }),
    ),
  }),
});

const subscription = z.object({
  id,
  customer: stripeRef.nullish(),
  status: z.string(),
  cancel_at_period_end: z.boolean().default(false),
  canceled_at: z.number().int().nullish(),
  // Before API version 2025-03 the period is the subscription's; since, each item's.
  current_period_start: z.number().int().nullish(),
  current_period_end: z.number().int().nullish(),
  metadata,
  items: z.object({
    data: z.array(
      z.object({
        price: z.object({ id }),
        current_period_start: z.number().int().nullish(),
        current_period_end: z.number().int().nullish(),
      }),
    ),
  }),
});

const fromSeconds = (seconds: number) => new Date(seconds * 1000);

function statusOf(stripeStatus: string): SubscriptionStatus {
  switch (stripeStatus) {
    case "active":
    case "trialing":
      return "ACTIVE";
    case "past_due":
    case "unpaid":
      return "PAST_DUE";
    case "canceled":
    case "incomplete_expired":
      return "CANCELED";
    default:
      return "PENDING";
  }
}

interface EventLike {
  id: string;
  type: string;
  created: number;
  data: { object: unknown };
}

/** Verifies the signature on the raw body, then applies the event. */
export async function receiveStripeWebhook(
  db: Db,
  request: { payload: string; signature: string | null; secret: string },
): Promise<StripeWebhookResult> {
  let event: EventLike;
  try {
    event = Stripe.webhooks.constructEvent(
      request.payload,
      request.signature ?? "",
      request.secret,
    ) as EventLike;
  } catch {
    return { status: 400, outcome: "invalid-signature" };
  }
  return { status: 200, outcome: await applyStripeEvent(db, event) };
}

/** Applies a verified event once; see the module comment for the ordering rule. */
export async function applyStripeEvent(
  db: Db,
  event: EventLike,
): Promise<"applied" | "duplicate" | "stale" | "ignored"> {
  return db.$transaction(async (tx) => {
    const recorded = await tx.billingWebhookEvent.createMany({
      data: [{ provider: "STRIPE", externalEventId: event.id, type: event.type }],
      skipDuplicates: true,
    });
    if (recorded.count === 0) return "duplicate";
    const at = fromSeconds(event.created);
    switch (event.type) {
      case "checkout.session.completed":
        return checkoutCompleted(tx, checkoutSession.parse(event.data.object), at);
      case "invoice.paid":
      case "invoice.payment_failed":
        return invoiceSettled(
          tx,
          invoice.parse(event.data.object),
          event.type === "invoice.paid",
          at,
        );
      case "customer.subscription.updated":
      case "customer.subscription.deleted":
        return subscriptionChanged(
          tx,
          subscription.parse(event.data.object),
          event.type === "customer.subscription.deleted",
          at,
        );
      default:
        return "ignored";
    }
  });
}

/** The company's subscription, locked, with the time of the last event applied to it. */
async function lockedLocal(
  tx: DbTransaction,
  where: { companyId: string } | { externalSubscriptionId: string },
) {
  const found = await tx.subscription.findUnique({ where, select: { id: true, companyId: true } });
  if (!found) return null;
  await tx.$queryRaw`SELECT id FROM subscriptions WHERE id = ${found.id}::uuid FOR UPDATE`;
  return tx.subscription.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      id: true,
      companyId: true,
      planId: true,
      provider: true,
      scheduledPlanId: true,
      lastProviderEventAt: true,
    },
  });
}

const isStale = (local: { lastProviderEventAt: Date | null }, at: Date) =>
  local.lastProviderEventAt !== null && at < local.lastProviderEventAt;

async function planIdOfPrice(tx: DbTransaction, priceId: string | undefined) {
  if (!priceId) return null;
  const plan = await tx.plan.findUnique({
    where: { stripePriceId: priceId },
    select: { id: true },
  });
  return plan?.id ?? null;
}

async function checkoutCompleted(
  tx: DbTransaction,
  session: z.infer<typeof checkoutSession>,
  at: Date,
) {
  const companyId = session.metadata.companyId ?? session.client_reference_id;
  const planId = session.metadata.planId;
  if (!companyId || !planId || !session.subscription) return "ignored";
  const company = await tx.company.findUnique({ where: { id: companyId }, select: { id: true } });
  const plan = await tx.plan.findUnique({ where: { id: planId }, select: { id: true } });
  if (!company || !plan) return "ignored";
  const local = await lockedLocal(tx, { companyId });
  if (local && isStale(local, at)) return "stale";
  const paid =
    session.payment_status === "paid" || session.payment_status === "no_payment_required";
  const state = {
    planId: plan.id,
    status: paid ? ("ACTIVE" as const) : ("PENDING" as const),
    provider: "STRIPE" as const,
    externalCustomerId: session.customer ?? null,
    externalSubscriptionId: session.subscription,
    canceledAt: null,
    cancelAtPeriodEnd: false,
    scheduledPlanId: null,
    lastProviderEventAt: at,
  };
  // The exact period arrives with the subscription and invoice events; until then, a month.
  const periodFromCheckout = { currentPeriodStart: at, currentPeriodEnd: oneMonthAfter(at) };
  if (local) {
    await tx.subscription.update({
      where: { id: local.id },
      data: { ...state, ...(local.provider === "STRIPE" ? {} : periodFromCheckout) },
    });
  } else {
    await tx.subscription.create({ data: { companyId, ...state, ...periodFromCheckout } });
  }
  return "applied";
}

async function invoiceSettled(
  tx: DbTransaction,
  paidInvoice: z.infer<typeof invoice>,
  paid: boolean,
  at: Date,
) {
  const externalSubscriptionId =
    paidInvoice.parent?.subscription_details?.subscription ?? paidInvoice.subscription;
  if (!externalSubscriptionId) return "ignored";
  const local = await lockedLocal(tx, { externalSubscriptionId });
  if (!local) return "ignored";
  const line = paidInvoice.lines.data[0];
  const priceId = line?.pricing?.price_details?.price ?? line?.price?.id;
  const linePlanId = await planIdOfPrice(tx, priceId);
  const periodStart = line ? fromSeconds(line.period.start) : at;
  const periodEnd = line ? fromSeconds(line.period.end) : oneMonthAfter(at);

  // The invoice is a record of what happened, whatever the order: kept up to date by its id.
  const record = {
    amount: paid ? paidInvoice.amount_paid : paidInvoice.amount_due,
    currency: paidInvoice.currency.toUpperCase(),
    status: paid ? ("PAID" as const) : ("OPEN" as const),
    paidAt: paid
      ? fromSeconds(paidInvoice.status_transitions?.paid_at ?? paidInvoice.created)
      : null,
  };
  const existing = await tx.invoice.findUnique({
    where: { externalInvoiceId: paidInvoice.id },
    select: { id: true, status: true },
  });
  if (existing) {
    // A failure reported after the payment never reopens a paid invoice.
    if (existing.status !== "PAID") {
      await tx.invoice.update({ where: { id: existing.id }, data: record });
    }
  } else {
    await tx.invoice.create({
      data: {
        ...record,
        companyId: local.companyId,
        subscriptionId: local.id,
        planId: linePlanId,
        provider: "STRIPE",
        externalInvoiceId: paidInvoice.id,
        number: paidInvoice.number ?? (await nextInvoiceNumber(tx, at)),
        periodStart,
        periodEnd,
        issuedAt: fromSeconds(paidInvoice.created),
        dueAt: fromSeconds(paidInvoice.due_date ?? paidInvoice.created),
      },
    });
  }

  if (isStale(local, at)) return "stale";
  await tx.subscription.update({
    where: { id: local.id },
    data: paid
      ? {
          status: "ACTIVE",
          currentPeriodStart: periodStart,
          currentPeriodEnd: periodEnd,
          ...(linePlanId ? { planId: linePlanId } : {}),
          // The renewal at the new price is where a scheduled downgrade takes effect.
          ...(linePlanId && linePlanId === local.scheduledPlanId ? { scheduledPlanId: null } : {}),
          lastProviderEventAt: at,
        }
      : { status: "PAST_DUE", lastProviderEventAt: at },
  });
  return "applied";
}

async function subscriptionChanged(
  tx: DbTransaction,
  changed: z.infer<typeof subscription>,
  deleted: boolean,
  at: Date,
) {
  const companyId = changed.metadata.companyId;
  const local =
    (await lockedLocal(tx, { externalSubscriptionId: changed.id })) ??
    (companyId ? await lockedLocal(tx, { companyId }) : null);
  if (!local) return "ignored";
  if (isStale(local, at)) return "stale";
  if (deleted) {
    const free = await freePlan(tx);
    await tx.subscription.update({
      where: { id: local.id },
      data: {
        planId: free.id,
        status: "CANCELED",
        canceledAt: fromSeconds(changed.canceled_at ?? Math.floor(at.getTime() / 1000)),
        cancelAtPeriodEnd: false,
        scheduledPlanId: null,
        lastProviderEventAt: at,
      },
    });
    return "applied";
  }
  const item = changed.items.data[0];
  const pricePlanId = await planIdOfPrice(tx, item?.price.id);
  const start = item?.current_period_start ?? changed.current_period_start;
  const end = item?.current_period_end ?? changed.current_period_end;
  // A downgrade is charged from the next renewal: the paid period keeps the current plan.
  const downgradeWaiting = pricePlanId !== null && pricePlanId === local.scheduledPlanId;
  await tx.subscription.update({
    where: { id: local.id },
    data: {
      status: statusOf(changed.status),
      provider: "STRIPE",
      externalSubscriptionId: changed.id,
      ...(changed.customer ? { externalCustomerId: changed.customer } : {}),
      ...(pricePlanId && !downgradeWaiting ? { planId: pricePlanId } : {}),
      ...(start ? { currentPeriodStart: fromSeconds(start) } : {}),
      ...(end ? { currentPeriodEnd: fromSeconds(end) } : {}),
      cancelAtPeriodEnd: changed.cancel_at_period_end,
      ...(changed.cancel_at_period_end ? { scheduledPlanId: null } : {}),
      lastProviderEventAt: at,
    },
  });
  return "applied";
}
