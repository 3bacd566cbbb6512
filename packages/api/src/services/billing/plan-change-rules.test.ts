import { describe, expect, it } from "vitest";
import { oneMonthAfter } from "./period";
import { decidePlanChange, type CurrentSubscription } from "./plan-change-rules";
import type { PlanSummary } from "./plans";

const plan = (code: string, monthlyPrice: number, seats: number): PlanSummary => ({
  id: `id-${code}`,
  code,
  name: code[0]!.toUpperCase() + code.slice(1),
  monthlyPrice,
  currency: "JPY",
  seats,
  resumeSearch: monthlyPrice > 0,
  searchesPerDay: 0,
  searchesPerMinute: 0,
  resultCapPerQuery: 0,
  invitationsPerMonth: 0,
  stripePriceId: null,
});
const free = plan("free", 0, 2);
const standard = plan("standard", 49_800, 5);
const pro = plan("pro", 148_000, 20);
const now = new Date("2026-12-10T00:00:00Z");
const periodEnd = new Date("2027-01-01T00:00:00Z");

const on = (p: PlanSummary, overrides: Partial<CurrentSubscription> = {}): CurrentSubscription => ({
  plan: p,
  status: "ACTIVE",
  currentPeriodEnd: periodEnd,
  cancelAtPeriodEnd: false,
  scheduledPlanId: null,
  ...overrides,
});

describe("decidePlanChange (F11 rules)", () => {
  it("buys a plan when nothing paid is in force", () => {
    expect(decidePlanChange(on(free), standard, 1, now)).toEqual({ kind: "purchase" });
    expect(decidePlanChange(null, pro, 1, now)).toEqual({ kind: "purchase" });
    const lapsed = on(standard, { currentPeriodEnd: new Date("2026-12-01T00:00:00Z") });
    expect(decidePlanChange(lapsed, standard, 1, now)).toEqual({ kind: "purchase" });
    expect(decidePlanChange(on(standard, { status: "PAST_DUE" }), pro, 1, now)).toEqual({
      kind: "purchase",
    });
  });

  it("upgrades to a dearer plan and downgrades to a cheaper one at the period's end", () => {
    expect(decidePlanChange(on(standard), pro, 3, now)).toEqual({ kind: "upgrade" });
    expect(decidePlanChange(on(pro), standard, 5, now)).toEqual({
      kind: "downgrade",
      effectiveAt: periodEnd,
    });
  });

  it("refuses a plan with fewer seats than members, naming both numbers", () => {
    expect(() => decidePlanChange(on(pro), standard, 7, now)).toThrow(
      "The company has 7 members but the Standard plan has 5 seats. Remove 2 before changing to it.",
    );
    expect(() => decidePlanChange(on(free), standard, 6, now)).toThrow(/6 members/);
  });

  it("treats the free plan as cancel: at the period's end when paid up, at once when unpaid", () => {
    expect(decidePlanChange(on(standard), free, 9, now)).toEqual({
      kind: "cancel",
      effectiveAt: periodEnd,
    });
    expect(decidePlanChange(on(standard, { status: "PENDING" }), free, 1, now)).toEqual({
      kind: "cancel",
      effectiveAt: null,
    });
    expect(() => decidePlanChange(on(free), free, 1, now)).toThrow(/already on the free plan/);
    expect(() => decidePlanChange(on(standard, { cancelAtPeriodEnd: true }), free, 1, now)).toThrow(
      /already cancelled/,
    );
  });

  it("resumes the current plan when a change was scheduled, and refuses a no-op", () => {
    expect(decidePlanChange(on(pro, { cancelAtPeriodEnd: true }), pro, 1, now)).toEqual({
      kind: "resume",
    });
    expect(() => decidePlanChange(on(pro), pro, 1, now)).toThrow(/already on this plan/);
  });
});

describe("oneMonthAfter", () => {
  it("keeps the day of the month, or the last day of a shorter month", () => {
    expect(oneMonthAfter(new Date("2026-12-03T06:00:00Z")).toISOString()).toBe(
      "2027-01-03T06:00:00.000Z",
    );
    expect(oneMonthAfter(new Date("2027-01-31T00:00:00Z")).toISOString()).toBe(
      "2027-02-28T00:00:00.000Z",
    );
    expect(oneMonthAfter(new Date("2028-01-31T00:00:00Z")).toISOString()).toBe(
      "2028-02-29T00:00:00.000Z",
    );
  });
});
