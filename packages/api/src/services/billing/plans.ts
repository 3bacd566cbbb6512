import type { Db, DbTransaction } from "@tsunagu/db";
import { AppError } from "../../errors";

/** What a plan costs and allows, as the billing page and the public plans section show it. */
export const PLAN_FIELDS = {
  id: true,
  code: true,
  name: true,
  monthlyPrice: true,
  currency: true,
  seats: true,
  resumeSearch: true,
  searchesPerDay: true,
  searchesPerMinute: true,
  resultCapPerQuery: true,
  invitationsPerMonth: true,
  stripePriceId: true,
} as const;

export interface PlanSummary {
  id: string;
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
  stripePriceId: string | null;
}

/** The free plan is the one without a price: choosing it means cancelling the paid one. */
export const isFreePlan = (plan: Pick<PlanSummary, "monthlyPrice">) => plan.monthlyPrice === 0;

/** F11: the plans a company can choose, cheapest first. Retired plans are not offered. */
export async function listActivePlans(db: Pick<Db, "plan">): Promise<PlanSummary[]> {
  return db.plan.findMany({
    where: { active: true },
    orderBy: [{ monthlyPrice: "asc" }, { code: "asc" }],
    select: PLAN_FIELDS,
  });
}

/** An offered plan by code; a retired or unknown code is refused with NOT_FOUND. */
export async function activePlanByCode(
  db: Pick<DbTransaction, "plan">,
  code: string,
): Promise<PlanSummary> {
  const plan = await db.plan.findFirst({ where: { code, active: true }, select: PLAN_FIELDS });
  if (!plan) throw new AppError("NOT_FOUND", "No such plan.");
  return plan;
}

/** The plan a company falls back to when nothing paid is in force. */
export async function freePlan(db: Pick<DbTransaction, "plan">): Promise<PlanSummary> {
  const plan = await db.plan.findFirst({
    where: { monthlyPrice: 0 },
    orderBy: [{ active: "desc" }, { createdAt: "asc" }],
    select: PLAN_FIELDS,
  });
  if (!plan) throw new Error("No free plan exists; run the seed (ensurePlans).");
  return plan;
}
