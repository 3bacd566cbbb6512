import type { Db } from "@tsunagu/db";
import { AppError } from "../../errors";

export interface ResumeSearchPlan {
  /** The company as read for this check; callers re-use it for the per-hit re-check (R4). */
  company: { id: string; status: "ACTIVE" | "SUSPENDED" };
  code: string;
  searchesPerMinute: number;
  searchesPerDay: number;
  resultCapPerQuery: number;
}

/**
 * F11/F12: resume search needs an active company on a paid plan that includes it, checked on
 * the server for every call.
 */
export async function requireResumeSearchPlan(
  db: Pick<Db, "company">,
  companyId: string,
  now = new Date(),
): Promise<ResumeSearchPlan> {
  const company = await db.company.findUnique({
    where: { id: companyId },
    select: {
      id: true,
      status: true,
      subscription: { select: { status: true, currentPeriodEnd: true, plan: true } },
    },
  });
  if (!company || company.status !== "ACTIVE") {
    throw new AppError("FORBIDDEN", "This company cannot search resumes while it is suspended.");
  }
  const subscription = company.subscription;
  const paidUp =
    subscription && subscription.status === "ACTIVE" && subscription.currentPeriodEnd > now;
  if (!paidUp || !subscription.plan.resumeSearch) {
    throw new AppError("PLAN_REQUIRED", "Resume search needs an active paid plan.");
  }
  const { code, searchesPerMinute, searchesPerDay, resultCapPerQuery } = subscription.plan;
  return {
    company: { id: company.id, status: company.status },
    code,
    searchesPerMinute,
    searchesPerDay,
    resultCapPerQuery,
  };
}
