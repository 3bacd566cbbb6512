import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import { createCompany, uniqueSuffix } from "@tsunagu/db/testing";
import { requireResumeSearchPlan } from "../candidates/entitlements";
import { receiveStripeWebhook } from "./stripe-webhook";

const db = createDb(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const SECRET = "whsec_test_secret_for_signing";
const suffix = uniqueSuffix();
const PRICE = { standard: `price_std_${suffix}`, pro: `price_pro_${suffix}` };
let planIds: { standard: string; pro: string };

beforeAll(async () => {
  // Plans of their own (not offered), so the shared catalogue keeps no Stripe prices.
  const make = (code: "standard" | "pro", seats: number, price: number) =>
    db.plan.create({
      data: {
        code: `stripe-${code}-${suffix}`,
        name: `Stripe ${code}`,
        monthlyPrice: price,
        seats,
        resumeSearch: true,
        searchesPerDay: code === "pro" ? 1000 : 200,
        searchesPerMinute: 20,
        resultCapPerQuery: 200,
        invitationsPerMonth: 50,
        stripePriceId: PRICE[code],
        active: false,
      },
    });
  const [standard, pro] = await Promise.all([
    make("standard", 5, 49_800),
    make("pro", 20, 148_000),
  ]);
  planIds = { standard: standard.id, pro: pro.id };
});

let eventCounter = 0;
function event<T extends object>(type: string, object: T, created: number) {
  eventCounter += 1;
  return { id: `evt_${suffix}_${eventCounter}`, object: "event", type, created, data: { object } };
}

function deliver(payload: object | string, options: { tamper?: (raw: string) => string } = {}) {
  const raw = typeof payload === "string" ? payload : JSON.stringify(payload);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: raw, secret: SECRET });
  return receiveStripeWebhook(db, {
    payload: options.tamper ? options.tamper(raw) : raw,
    signature,
    secret: SECRET,
  });
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

async function freeCompany() {
  const { company } = await createCompany(db, { plan: "free", slug: `stripe-${uniqueSuffix()}` });
  return company;
}

const subscriptionOf = (companyId: string) =>
  db.subscription.findUniqueOrThrow({ where: { companyId }, include: { plan: true } });

function checkoutCompleted(companyId: string, plan: "standard" | "pro", created: number) {
  return event(
    "checkout.session.completed",
    {
      id: `cs_${uniqueSuffix()}`,
      object: "checkout.session",
      mode: "subscription",
      client_reference_id: companyId,
      customer: `cus_${companyId}`,
      subscription: `sub_${companyId}`,
      payment_status: "paid",
      metadata: { companyId, planId: planIds[plan] },
    },
    created,
  );
}

function subscriptionUpdated(
  companyId: string,
  plan: "standard" | "pro",
  status: string,
  created: number,
  period = { start: created, end: created + 30 * 86_400 },
) {
  return event(
    "customer.subscription.updated",
    {
      id: `sub_${companyId}`,
      object: "subscription",
      customer: `cus_${companyId}`,
      status,
      cancel_at_period_end: false,
      metadata: { companyId },
      items: {
        data: [
          {
            id: "si_1",
            price: { id: PRICE[plan] },
            current_period_start: period.start,
            current_period_end: period.end,
          },
        ],
      },
    },
    created,
  );
}

function invoiceEvent(
  type: "invoice.paid" | "invoice.payment_failed",
  companyId: string,
  plan: "standard" | "pro",
  created: number,
  period: { start: number; end: number },
) {
  return event(
    type,
    {
      id: `in_${uniqueSuffix()}`,
      object: "invoice",
      number: `STRIPE-${uniqueSuffix()}`,
      customer: `cus_${companyId}`,
      currency: "jpy",
      amount_due: plan === "pro" ? 148_000 : 49_800,
      amount_paid: type === "invoice.paid" ? (plan === "pro" ? 148_000 : 49_800) : 0,
      created,
      status_transitions: { paid_at: type === "invoice.paid" ? created : null },
      parent: { subscription_details: { subscription: `sub_${companyId}` } },
      lines: { data: [{ period, pricing: { price_details: { price: PRICE[plan] } } }] },
    },
    created,
  );
}

describe("Stripe webhook (F11)", () => {
  it("a signed checkout.session.completed starts the plan from the payload alone", async () => {
    const company = await freeCompany();
    const now = Math.floor(Date.now() / 1000);
    expect(await deliver(checkoutCompleted(company.id, "standard", now))).toEqual({
      status: 200,
      outcome: "applied",
    });
    const subscription = await subscriptionOf(company.id);
    expect(subscription).toMatchObject({
      status: "ACTIVE",
      provider: "STRIPE",
      planId: planIds.standard,
      externalSubscriptionId: `sub_${company.id}`,
    });
    await expect(requireResumeSearchPlan(db, company.id)).resolves.toMatchObject({
      searchesPerDay: 200,
    });
  });

  it("refuses a tampered or unsigned payload with 400 and changes nothing", async () => {
    const company = await freeCompany();
    const now = Math.floor(Date.now() / 1000);
    const payload = checkoutCompleted(company.id, "pro", now);
    const before = await subscriptionOf(company.id);
    const tampered = await deliver(payload, {
      tamper: (raw) => raw.replace(planIds.pro, planIds.standard),
    });
    expect(tampered).toEqual({ status: 400, outcome: "invalid-signature" });
    const unsigned = await receiveStripeWebhook(db, {
      payload: JSON.stringify(payload),
      signature: null,
      secret: SECRET,
    });
    expect(unsigned.status).toBe(400);
    const wrongSecret = await receiveStripeWebhook(db, {
      payload: JSON.stringify(payload),
      signature: Stripe.webhooks.generateTestHeaderString({
        payload: JSON.stringify(payload),
        secret: "whsec_someone_else",
      }),
      secret: SECRET,
    });
    expect(wrongSecret.status).toBe(400);
    expect(await subscriptionOf(company.id)).toEqual(before);
    expect(await db.billingWebhookEvent.count({ where: { externalEventId: payload.id } })).toBe(0);
  });

  it("a replayed event is a no-op", async () => {
    const company = await freeCompany();
    const now = Math.floor(Date.now() / 1000);
    const checkout = checkoutCompleted(company.id, "standard", now - 10);
    await deliver(checkout);
    const failed = invoiceEvent("invoice.payment_failed", company.id, "standard", now, {
      start: now,
      end: now + 30 * 86_400,
    });
    await deliver(failed);
    expect((await subscriptionOf(company.id)).status).toBe("PAST_DUE");
    // The owner fixes the card; Stripe later redelivers the old events.
    const paid = invoiceEvent("invoice.paid", company.id, "standard", now + 5, {
      start: now,
      end: now + 30 * 86_400,
    });
    await deliver(paid);
    const settled = await subscriptionOf(company.id);
    expect(settled.status).toBe("ACTIVE");
    expect(await deliver(failed)).toEqual({ status: 200, outcome: "duplicate" });
    expect(await deliver(checkout)).toEqual({ status: 200, outcome: "duplicate" });
    expect(await subscriptionOf(company.id)).toEqual(settled);
    expect(await db.billingWebhookEvent.count({ where: { externalEventId: failed.id } })).toBe(1);
  });

  it("an older event delivered after a newer one leaves the newer state", async () => {
    const company = await freeCompany();
    const now = Math.floor(Date.now() / 1000);
    await deliver(checkoutCompleted(company.id, "standard", now - 100));
    const newer = subscriptionUpdated(company.id, "pro", "active", now, {
      start: now,
      end: now + 30 * 86_400,
    });
    const older = subscriptionUpdated(company.id, "standard", "past_due", now - 50);
    expect(await deliver(newer)).toMatchObject({ outcome: "applied" });
    expect(await deliver(older)).toEqual({ status: 200, outcome: "stale" });
    const subscription = await subscriptionOf(company.id);
    expect(subscription).toMatchObject({ status: "ACTIVE", planId: planIds.pro });
    expect(subscription.currentPeriodEnd.getTime()).toBe((now + 30 * 86_400) * 1000);
    // An older payment failure does not mark the newer state past due either.
    const oldFailure = invoiceEvent("invoice.payment_failed", company.id, "standard", now - 20, {
      start: now - 20,
      end: now + 86_400,
    });
    expect(await deliver(oldFailure)).toMatchObject({ outcome: "stale" });
    expect((await subscriptionOf(company.id)).status).toBe("ACTIVE");
  });

  it("invoice.paid records the invoice and the period; deleted cancels to the free plan", async () => {
    const company = await freeCompany();
    const now = Math.floor(Date.now() / 1000);
    await deliver(checkoutCompleted(company.id, "standard", now - 10));
    const period = { start: seconds("2026-12-01T00:00:00Z"), end: seconds("2027-01-01T00:00:00Z") };
    const paid = invoiceEvent("invoice.paid", company.id, "standard", now, period);
    await deliver(paid);
    const subscription = await subscriptionOf(company.id);
    expect(subscription.currentPeriodStart.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(subscription.currentPeriodEnd.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(
      await db.invoice.findUniqueOrThrow({ where: { externalInvoiceId: paid.data.object.id } }),
    ).toMatchObject({ status: "PAID", amount: 49_800, currency: "JPY", provider: "STRIPE" });

    const deleted = event(
      "customer.subscription.deleted",
      {
        id: `sub_${company.id}`,
        object: "subscription",
        status: "canceled",
        canceled_at: now + 1,
        metadata: { companyId: company.id },
        items: { data: [{ id: "si_1", price: { id: PRICE.standard } }] },
      },
      now + 1,
    );
    await deliver(deleted);
    const cancelled = await subscriptionOf(company.id);
    expect(cancelled).toMatchObject({ status: "CANCELED", plan: { monthlyPrice: 0 } });
    await expect(requireResumeSearchPlan(db, company.id)).rejects.toMatchObject({
      code: "PLAN_REQUIRED",
    });
  });

  it("ignores events it does not handle, once", async () => {
    const other = event("customer.created", { id: "cus_x", object: "customer" }, 1);
    expect(await deliver(other)).toEqual({ status: 200, outcome: "ignored" });
    expect(await deliver(other)).toEqual({ status: 200, outcome: "duplicate" });
  });
});
