import type { Db } from "@tsunagu/db";
import { AppError } from "../../errors";
import type { Caller } from "../candidates/find-candidates";
import { paidPlanOf } from "../candidates/entitlements";
import { memberSearchUsage, SEARCH_RECOUNT_MINUTES } from "../candidates/member-quota";

export interface Allowance {
  used: number;
  limit: number;
  left: number;
}

/**
 * Why a paid action is closed to the company, so a page can say what to do: get a plan, get
 * verified, or wait for the review of reported invitations.
 */
export type Blocker = "plan" | "verification" | "review";

export interface Usage {
  /** False when the company has no paid plan that includes resume search (F11). */
  searchIncluded: boolean;
  invitationsIncluded: boolean;
  searchBlockedBy: Blocker | null;
  invitationsBlockedBy: Blocker | null;
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

/**
 * F12/F13: what the member has used and has left: searches this minute and today (per member),
 * invitations this month (per company), under the current plan, and what keeps search or
 * invitations closed. The rules are those of requireResumeSearchPlan / requireInvitationPlan.
 */
export async function getUsage(db: Db, caller: Caller, now = new Date()): Promise<Usage> {
  const [state, searches, invitationRow] = await Promise.all([
    paidPlanOf(db, caller.companyId, now),
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
  if (!state.company) {
    throw new AppError("FORBIDDEN", "This company cannot use paid features while it is suspended.");
  }
  const { plan } = state;
  const searchBlockedBy: Blocker | null = !state.verified
    ? "verification"
    : !plan?.resumeSearch
      ? "plan"
      : null;
  const invitationsBlockedBy: Blocker | null = !state.verified
    ? "verification"
    : state.flagged
      ? "review"
      : !plan?.resumeSearch || plan.invitationsPerMonth <= 0
        ? "plan"
        : null;
  const searchPlan = searchBlockedBy === null ? plan : null;
  const invitationPlan = invitationsBlockedBy === null ? plan : null;
  return {
    searchIncluded: searchBlockedBy === null,
    invitationsIncluded: invitationsBlockedBy === null,
    searchBlockedBy,
    invitationsBlockedBy,
    searchesThisMinute: allowance(searches.minute, searchPlan?.searchesPerMinute ?? 0),
    searchesToday: allowance(searches.day, searchPlan?.searchesPerDay ?? 0),
    invitationsThisMonth: allowance(
      invitationRow?.count ?? 0,
      invitationPlan?.invitationsPerMonth ?? 0,
    ),
    recountMinutes: SEARCH_RECOUNT_MINUTES,
  };
}
