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
 * F10/F11/F12: resume search needs an active, verified company on a paid plan that includes it,
 * checked on the server for every call.
 */
export async function requireResumeSearchPlan(
  db: Pick<Db, "company">,
  companyId: string,
  now = new Date(),
): Promise<ResumeSearchPlan> {
  const { company, plan, verified } = await paidPlanOf(db, companyId, now);
  if (!company) {
    throw new AppError("FORBIDDEN", "This company cannot search resumes while it is suspended.");
  }
  if (!verified) {
    throw new AppError(
      "VERIFICATION_REQUIRED",
      "Resume search opens once the company is verified.",
    );
  }
  if (!plan?.resumeSearch) {
    throw new AppError("PLAN_REQUIRED", "Resume search needs an active paid plan.");
  }
  const { code, searchesPerMinute, searchesPerDay, resultCapPerQuery } = plan;
  return {
    company: { id: company.id, status: company.status },
    code,
    searchesPerMinute,
    searchesPerDay,
    resultCapPerQuery,
  };
}

/** The active company and the plan it has paid for now; null company when it is not active. */
export async function paidPlanOf(db: Pick<Db, "company">, companyId: string, now: Date) {
  const company = await db.company.findUnique({
    where: { id: companyId },
    select: {
      id: true,
      status: true,
      verifiedAt: true,
      reviewFlaggedAt: true,
      subscription: { select: { status: true, currentPeriodEnd: true, plan: true } },
    },
  });
  if (!company || company.status !== "ACTIVE") {
    return { company: null, plan: null, verified: false, flagged: false };
  }
  const subscription = company.subscription;
  const paidUp =
    subscription && subscription.status === "ACTIVE" && subscription.currentPeriodEnd > now;
  return {
    company: { id: company.id, status: company.status },
    plan: paidUp ? subscription.plan : null,
    verified: company.verifiedAt !== null,
    flagged: company.reviewFlaggedAt !== null,
  };
}

/**
 * F10/F11/F13: invitations need an active, verified company on a paid plan that includes them,
 * and no open review flag (too many of its invitations reported as spam). Returns the
 * plan's monthly allowance, which the sender counts against.
 */
export async function requireInvitationPlan(
  db: Pick<Db, "company">,
  companyId: string,
  now = new Date(),
): Promise<{ invitationsPerMonth: number }> {
  const { company, plan, verified, flagged } = await paidPlanOf(db, companyId, now);
  if (!company) {
    throw new AppError("FORBIDDEN", "This company cannot send invitations while it is suspended.");
  }
  if (!verified) {
    throw new AppError(
      "VERIFICATION_REQUIRED",
      "Sending invitations opens once the company is verified.",
    );
  }
  if (flagged) {
    throw new AppError(
      "FORBIDDEN",
      "Invitations are paused while the platform reviews reports about this company's invitations.",
    );
  }
  if (!plan?.resumeSearch || plan.invitationsPerMonth <= 0) {
    throw new AppError(
      "PLAN_REQUIRED",
      "Sending invitations needs an active paid plan that includes them.",
    );
  }
  return { invitationsPerMonth: plan.invitationsPerMonth };
}
