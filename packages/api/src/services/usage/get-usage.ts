import type { Db } from "@tsunagu/db";
import { AppError } from "../../errors";
import type { Caller } from "../candidates/find-candidates";
import { requireInvitationPlan, requireResumeSearchPlan } from "../candidates/entitlements";
import { memberSearchUsage, SEARCH_RECOUNT_MINUTES } from "../candidates/member-quota";

export interface Allowance {
  used: number;
  limit: number;
  left: number;
}

export interface Usage {
  /** False when the company has no paid plan that includes resume search (F11). */
  searchIncluded: boolean;
  invitationsIncluded: boolean;
  searchesThisMinute: Allowance;
  searchesToday: Allowance;
  invitationsThisMonth: Allowance;
  /** The quota rule: a search run again within these minutes does not count again. */
  recountMinutes: number;
}

const allowance = (used: number, limit: number): Allowance => ({
  used,
  limit,
  left: Math.max(0, limit - used),
});

/** Plan refusals read as "not included"; anything else (a suspended company) still refuses. */
async function unlessPlanMissing<T>(check: Promise<T>): Promise<T | null> {
  try {
    return await check;
  } catch (error) {
    if (error instanceof AppError && error.code === "PLAN_REQUIRED") return null;
    throw error;
  }
}

/**
 * F12/F13: what the member has used and has left: searches this minute and today (per member),
 * invitations this month (per company), under the current plan.
 */
export async function getUsage(db: Db, caller: Caller, now = new Date()): Promise<Usage> {
  const [searchPlan, invitationPlan, searches, invitationRow] = await Promise.all([
    unlessPlanMissing(requireResumeSearchPlan(db, caller.companyId, now)),
    unlessPlanMissing(requireInvitationPlan(db, caller.companyId, now)),
    memberSearchUsage(db, caller.memberId, now),
    db.usageCounter.findUnique({
      where: {
        companyId_metric_periodStart: {
          companyId: caller.companyId,
          metric: "INVITATION_SENT",
          periodStart: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
        },
      },
      select: { count: true },
    }),
  ]);
  return {
    searchIncluded: searchPlan !== null,
    invitationsIncluded: invitationPlan !== null,
    searchesThisMinute: allowance(searches.minute, searchPlan?.searchesPerMinute ?? 0),
    searchesToday: allowance(searches.day, searchPlan?.searchesPerDay ?? 0),
    invitationsThisMonth: allowance(
      invitationRow?.count ?? 0,
      invitationPlan?.invitationsPerMonth ?? 0,
    ),
    recountMinutes: SEARCH_RECOUNT_MINUTES,
  };
}
