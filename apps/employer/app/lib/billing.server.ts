import { data, redirect } from "@remix-run/node";
import { listActivePlans } from "@tsunagu/api";
import {
  appErrorOf,
  DISPLAY_TIME_ZONE,
  readForm,
  textField,
  trpcCodeOf,
  type SignedIn,
} from "@tsunagu/app-kit";
import { kit } from "./kit.server";
import { callEmployerApi } from "./trpc.server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function formatsFor(locale: string) {
  const date = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: DISPLAY_TIME_ZONE,
  });
  return {
    date: (iso: string | Date | null) => (iso ? date.format(new Date(iso)) : ""),
    money: (amount: number, currency: string) =>
      new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        maximumFractionDigits: 0,
      }).format(amount),
  };
}

interface PlanLimits {
  code: string;
  name: string;
  monthlyPrice: number;
  currency: string;
  seats: number;
  resumeSearch: boolean;
  searchesPerDay: number;
  searchesPerMinute: number;
  resultCapPerQuery: number;
  invitationsPerMonth: number;
}

/** A plan as the cards show it: the price already in the reader's language. */
const planCard = (plan: PlanLimits, money: (amount: number, currency: string) => string) => ({
  ...plan,
  price: money(plan.monthlyPrice, plan.currency),
});

const refuse = (error: unknown): never => {
  const code = appErrorOf(error)?.code ?? trpcCodeOf(error);
  if (code === "NOT_FOUND") throw data(null, { status: 404 });
  throw data(null, { status: code === "FORBIDDEN" ? 403 : 500 });
};

/** F11: the billing page. Owners get the forms; recruiters the same facts, read-only. */
export async function loadBillingPage(request: Request, { user }: SignedIn) {
  if (!user.membership) throw data(null, { status: 403 });
  const [{ api }, locale, t] = await Promise.all([
    callEmployerApi(request),
    kit.detectLocale(request),
    kit.translator(request, "billing"),
  ]);
  const o = await api.billing.overview().catch(refuse);
  const { date, money } = formatsFor(locale);
  const checkout = new URL(request.url).searchParams.get("checkout");
  return {
    title: t("title"),
    isOwner: user.membership.role === "OWNER",
    checkout: checkout === "success" || checkout === "canceled" ? checkout : null,
    provider: o.provider,
    state: o.state,
    plan: planCard(o.plan, money),
    period:
      o.periodStart && o.periodEnd ? { start: date(o.periodStart), end: date(o.periodEnd) } : null,
    cancelAtPeriodEnd: o.cancelAtPeriodEnd,
    scheduledPlan: o.scheduledPlan ? planCard(o.scheduledPlan, money) : null,
    pendingUpgrade: o.pendingUpgrade && {
      planName: o.pendingUpgrade.plan.name,
      invoiceId: o.pendingUpgrade.invoiceId,
      number: o.pendingUpgrade.number,
    },
    members: o.members,
    usage: o.usage,
    invoices: o.invoices.map((i) => ({
      id: i.id,
      number: i.number,
      planName: i.planName,
      amount: money(i.amount, i.currency),
      status: i.status,
      period: `${date(i.periodStart)} – ${date(i.periodEnd)}`,
      due: date(i.dueAt),
    })),
    plans: o.plans.map((p) => planCard(p, money)),
    portalAvailable: o.portalAvailable,
  };
}

export type BillingProblem =
  | { problem: "seatsExceeded"; params: Record<string, string | number> }
  | { problem: "conflict" | "not-owner" | "not-found" | "unavailable" | "failed" };

function problemOf(error: unknown): BillingProblem {
  const appError = appErrorOf(error);
  if (appError?.fieldProblem?.key === "seatsExceeded") {
    return { problem: "seatsExceeded", params: appError.fieldProblem.params ?? {} };
  }
  switch (appError?.code ?? trpcCodeOf(error)) {
    case "CONFLICT":
      return { problem: "conflict" };
    case "FORBIDDEN":
      return { problem: "not-owner" };
    case "NOT_FOUND":
      return { problem: "not-found" };
    case "BAD_REQUEST":
      // Refused by the provider (no online payment); a malformed plan code is just unknown.
      return { problem: appError ? "unavailable" : "not-found" };
    default:
      // The code only: nothing about the company or the person reaches the log.
      console.error(`Billing action failed: ${appError?.code ?? trpcCodeOf(error) ?? "error"}`);
      return { problem: "failed" };
  }
}

/** F11: choose a plan, cancel, undo a scheduled change, or open Stripe's portal. */
export async function runBillingAction(request: Request, { user }: SignedIn) {
  kit.assertSameOrigin(request);
  if (user.membership?.role !== "OWNER") return { problem: "not-owner" as const };
  const form = await readForm(request);
  const intent = textField(form, "intent");
  const { api } = await callEmployerApi(request);
  const locale = await kit.detectLocale(request);
  const { date } = formatsFor(locale);
  try {
    if (intent === "choose" || intent === "cancel" || intent === "resume") {
      const planCode = textField(form, "planCode");
      const result =
        intent === "choose"
          ? await api.billing.choosePlan({ planCode })
          : intent === "cancel"
            ? await api.billing.cancel()
            : await api.billing.resume();
      switch (result.change) {
        case "downgrade":
          return { done: "downgrade" as const, date: date(result.effectiveAt), planCode };
        case "cancel":
          return result.effectiveAt
            ? { done: "cancelScheduled" as const, date: date(result.effectiveAt) }
            : { done: "canceled" as const };
        case "resume":
          return { done: "resume" as const };
        default:
          if (result.kind === "checkout") throw redirect(result.url);
          if (result.kind === "invoice") {
            return { done: "invoice" as const, number: result.number, invoiceId: result.invoiceId };
          }
          return { done: "changed" as const };
      }
    }
    if (intent === "portal") {
      const { url } = await api.billing.portal();
      throw redirect(url);
    }
  } catch (error) {
    if (error instanceof Response) throw error;
    return problemOf(error);
  }
  throw data(null, { status: 400 });
}

/** F11: one invoice, printable. */
export async function loadInvoicePage(request: Request, { user }: SignedIn, invoiceId = "") {
  if (!user.membership) throw data(null, { status: 403 });
  if (!UUID.test(invoiceId)) throw data(null, { status: 404 });
  const [{ api }, locale, t] = await Promise.all([
    callEmployerApi(request),
    kit.detectLocale(request),
    kit.translator(request, "billing"),
  ]);
  const invoice = await api.billing.invoice({ invoiceId }).catch(refuse);
  const { date, money } = formatsFor(locale);
  return {
    title: t("invoice.title", { number: invoice.number }),
    invoice: {
      number: invoice.number,
      provider: invoice.provider,
      status: invoice.status,
      planName: invoice.planName,
      amount: money(invoice.amount, invoice.currency),
      period: `${date(invoice.periodStart)} – ${date(invoice.periodEnd)}`,
      issued: date(invoice.issuedAt),
      due: date(invoice.dueAt),
      paid: invoice.paidAt ? date(invoice.paidAt) : null,
      company: invoice.company,
    },
  };
}

/** F11: the public plans section of the home page, from the plans actually offered. */
export async function loadPublicPlans(request: Request) {
  const [plans, locale] = await Promise.all([listActivePlans(kit.db), kit.detectLocale(request)]);
  const { money } = formatsFor(locale);
  return plans.map(({ id: _id, stripePriceId: _price, ...plan }) => planCard(plan, money));
}
