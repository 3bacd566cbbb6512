import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import { createCompany, createEmployerMember, uniqueSuffix } from "@tsunagu/db/testing";
import { cancelPlan, choosePlan } from "./change-plan";
import { stripeProvider } from "./stripe-provider";

const db = createDb(process.env.DATABASE_URL!);

interface SentRequest {
  method: string;
  path: string;
  body: URLSearchParams;
}

/**
 * Stripe's own client with its HTTP layer answered here: the requests it would send are
 * recorded, and Stripe's documented response shapes come back. No network.
 */
function recordingStripe() {
  const sent: SentRequest[] = [];
  const fakeFetch: typeof fetch = async (input, init) => {
    const url = new URL(
      typeof input === "string" ? input : input instanceof URL ? input : input.url,
    );
    const body = new URLSearchParams(typeof init?.body === "string" ? init.body : "");
    sent.push({ method: init?.method ?? "GET", path: url.pathname, body });
    const json = (() => {
      if (url.pathname === "/v1/checkout/sessions") {
        return {
          id: "cs_test_1",
          object: "checkout.session",
          url: "https://checkout.stripe.com/c/pay/cs_test_1",
        };
      }
      if (url.pathname === "/v1/billing_portal/sessions") {
        return {
          id: "bps_1",
          object: "billing_portal.session",
          url: "https://billing.stripe.com/p/session/test_1",
        };
      }
      if (url.pathname.startsWith("/v1/subscriptions/")) {
        return {
          id: url.pathname.split("/").pop(),
          object: "subscription",
          metadata: { companyId: "company" },
          items: { object: "list", data: [{ id: "si_test_1", object: "subscription_item" }] },
        };
      }
      return { error: { message: "unexpected request" } };
    })();
    return new Response(JSON.stringify(json), {
      status: "error" in json ? 400 : 200,
      headers: { "Content-Type": "application/json" },
    });
  };
  const stripe = new Stripe("sk_test_recording", {
    httpClient: Stripe.createFetchHttpClient(fakeFetch),
    maxNetworkRetries: 0,
    telemetry: false,
  });
  return { provider: stripeProvider(stripe), sent };
}

const suffix = uniqueSuffix();
const codes = { standard: `s-standard-${suffix}`, pro: `s-pro-${suffix}` };
const prices = { standard: `price_standard_${suffix}`, pro: `price_pro_${suffix}` };

beforeAll(async () => {
  for (const [key, price, seats] of [
    ["standard", 49_800, 5],
    ["pro", 148_000, 20],
  ] as const) {
    await db.plan.create({
      data: {
        code: codes[key],
        name: `Online ${key}`,
        monthlyPrice: price,
        seats,
        resumeSearch: true,
        searchesPerDay: 200,
        searchesPerMinute: 20,
        resultCapPerQuery: 200,
        invitationsPerMonth: 50,
        stripePriceId: prices[key],
      },
    });
  }
});

afterAll(async () => {
  // Retired, so other tests never see them offered.
  await db.plan.updateMany({
    where: { code: { in: Object.values(codes) } },
    data: { active: false },
  });
  await db.$disconnect();
});

async function owner(onStripe?: "standard") {
  const { company } = await createCompany(db, { plan: "free", slug: `s-${uniqueSuffix()}` });
  const { user, member } = await createEmployerMember(db, { companyId: company.id, role: "OWNER" });
  if (onStripe) {
    const plan = await db.plan.findUniqueOrThrow({ where: { code: codes[onStripe] } });
    await db.subscription.update({
      where: { companyId: company.id },
      data: {
        planId: plan.id,
        provider: "STRIPE",
        externalCustomerId: `cus_${company.id}`,
        externalSubscriptionId: `sub_${company.id}`,
        currentPeriodEnd: new Date(Date.now() + 20 * 86_400_000),
      },
    });
  }
  return { companyId: company.id, memberId: member.id, userId: user.id };
}

const returnUrl = "https://employer.tsunagu.test/billing";

describe("Stripe provider (F11)", () => {
  it("sends a company without a paid plan to Checkout for the plan's price; nothing changes until the webhook", async () => {
    const { provider, sent } = recordingStripe();
    const caller = await owner();
    const before = await db.subscription.findUniqueOrThrow({
      where: { companyId: caller.companyId },
    });
    const result = await choosePlan(db, caller, codes.standard, { provider, returnUrl });
    expect(result).toEqual({
      change: "purchase",
      kind: "checkout",
      url: "https://checkout.stripe.com/c/pay/cs_test_1",
    });
    const [request] = sent;
    expect(request).toMatchObject({ method: "POST", path: "/v1/checkout/sessions" });
    expect(Object.fromEntries(request!.body)).toMatchObject({
      mode: "subscription",
      "line_items[0][price]": prices.standard,
      "line_items[0][quantity]": "1",
      client_reference_id: caller.companyId,
      "metadata[companyId]": caller.companyId,
      "subscription_data[metadata][companyId]": caller.companyId,
      success_url: `${returnUrl}?checkout=success`,
      cancel_url: `${returnUrl}?checkout=canceled`,
    });
    expect(
      await db.subscription.findUniqueOrThrow({ where: { companyId: caller.companyId } }),
    ).toEqual(before);
    expect(await db.invoice.count({ where: { companyId: caller.companyId } })).toBe(0);
  });

  it("upgrades a Stripe subscription at once (prorated), downgrades from the next renewal, cancels at period end", async () => {
    const { provider, sent } = recordingStripe();
    const caller = await owner("standard");
    const external = `/v1/subscriptions/sub_${caller.companyId}`;

    expect(await choosePlan(db, caller, codes.pro, { provider, returnUrl })).toEqual({
      change: "upgrade",
      kind: "changed",
    });
    const upgrade = sent.filter((r) => r.method === "POST" && r.path === external).at(-1)!;
    expect(Object.fromEntries(upgrade.body)).toMatchObject({
      "items[0][id]": "si_test_1",
      "items[0][price]": prices.pro,
      proration_behavior: "always_invoice",
    });

    // The upgrade arrives by webhook; until then the subscription is Standard. Pretend it did.
    const pro = await db.plan.findUniqueOrThrow({ where: { code: codes.pro } });
    await db.subscription.update({
      where: { companyId: caller.companyId },
      data: { planId: pro.id },
    });

    expect(await choosePlan(db, caller, codes.standard, { provider, returnUrl })).toMatchObject({
      change: "downgrade",
    });
    const downgrade = sent.filter((r) => r.method === "POST" && r.path === external).at(-1)!;
    expect(Object.fromEntries(downgrade.body)).toMatchObject({
      "items[0][price]": prices.standard,
      proration_behavior: "none",
    });
    const scheduled = await db.subscription.findUniqueOrThrow({
      where: { companyId: caller.companyId },
      include: { scheduledPlan: true },
    });
    expect(scheduled).toMatchObject({ planId: pro.id, scheduledPlan: { code: codes.standard } });

    await cancelPlan(db, caller, { provider, returnUrl });
    const cancel = sent.filter((r) => r.method === "POST" && r.path === external).at(-1)!;
    expect(cancel.body.get("cancel_at_period_end")).toBe("true");
    expect(
      await db.subscription.findUniqueOrThrow({ where: { companyId: caller.companyId } }),
    ).toMatchObject({ cancelAtPeriodEnd: true, scheduledPlanId: null, status: "ACTIVE" });
  });

  it("opens the Customer Portal for the company's Stripe customer", async () => {
    const { provider, sent } = recordingStripe();
    const caller = await owner("standard");
    const url = await provider.portalUrl(
      { externalCustomerId: `cus_${caller.companyId}` },
      returnUrl,
    );
    expect(url).toBe("https://billing.stripe.com/p/session/test_1");
    expect(Object.fromEntries(sent[0]!.body)).toEqual({
      customer: `cus_${caller.companyId}`,
      return_url: returnUrl,
    });
    expect(await provider.portalUrl({ externalCustomerId: null }, returnUrl)).toBeNull();
  });
});
