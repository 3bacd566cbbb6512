import type { Db, DbTransaction } from "@tsunagu/db";
import { mayCompanySearch } from "@tsunagu/privacy";
import { sendInvitationInput, type SendInvitationInput } from "@tsunagu/schemas/invitations";
import { loadResumesBySearchKey } from "@tsunagu/search";
import { prefectures } from "@tsunagu/vocab";
import { AppError } from "../../errors";
import type { Caller } from "../candidates/find-candidates";
import { requireInvitationPlan } from "../candidates/entitlements";
import { viewerEmailDomain } from "../candidates/viewer";
import { notifyInvitationReceived, type InvitationMail } from "./notify-seeker";

/** How long a seeker has to answer (F13). */
export const INVITATION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export interface SentInvitation {
  invitationId: string;
  expiresAt: Date;
  /** Whether the seeker's email was handed to the relay (false: preference off, no mailer, relay down). */
  emailed: boolean;
}

const monthStart = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));

/**
 * Counts one invitation against the company's monthly allowance. The counter row stays locked
 * until the transaction ends, which also serialises two sends of the same company, so the
 * "one open invitation per job" check below cannot be raced past.
 */
async function consumeInvitationQuota(
  tx: DbTransaction,
  companyId: string,
  limit: number,
  now: Date,
) {
  const start = monthStart(now);
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    INSERT INTO usage_counters (id, company_id, metric, period_start, count)
    VALUES (gen_random_uuid(), ${companyId}::uuid, 'INVITATION_SENT'::usage_metric, ${start}, 1)
    ON CONFLICT (company_id, metric, period_start)
    DO UPDATE SET count = usage_counters.count + 1
    RETURNING count`;
  if ((row?.count ?? 0) <= limit) return;
  const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  throw new AppError(
    "RATE_LIMITED",
    `Your plan includes ${limit} invitations a month and they are used. More can be sent from the 1st of next month (UTC).`,
    { retryAfterSeconds: Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000)) },
  );
}

/**
 * F13: a member invites a candidate found in search to one of the company's open jobs, or to a
 * position described in the invitation (kept as an unpublished job of the company). The
 * candidate is re-checked against the database exactly as search and the candidate view check
 * it (R4): private, unsearchable, blocked by company or by the member's email domain all answer
 * "not available", revealing nothing. The seeker's email goes out after the commit, and a mail
 * server that is down costs the email, never the invitation (N6).
 */
export async function sendInvitation(
  db: Db,
  caller: Caller,
  rawInput: SendInvitationInput,
  options: { mail?: InvitationMail | null; now?: Date } = {},
): Promise<SentInvitation> {
  const input = sendInvitationInput.parse(rawInput);
  const now = options.now ?? new Date();
  const { invitationsPerMonth } = await requireInvitationPlan(db, caller.companyId, now);
  const invitation = await db.$transaction(async (tx) => {
    const job = input.position
      ? // A described position is kept as one of the company's jobs, unpublished.
        await tx.job.create({
          data: {
            companyId: caller.companyId,
            createdByMemberId: caller.memberId,
            title: input.position.title,
            description: input.position.description,
            location: input.position.location
              ? prefectures.label(input.position.location, "en")
              : "Japan",
            employmentType: input.position.employmentType,
            salaryMin: input.salaryMin,
            salaryMax: input.salaryMax,
            salaryCurrency: input.salaryCurrency,
            salaryPeriod: input.salaryPeriod,
            visaSupport: input.visaSupport,
            status: "DRAFT",
          },
          select: { id: true, status: true },
        })
      : await tx.job.findFirst({
          where: { id: input.jobId, companyId: caller.companyId },
          select: { id: true, status: true },
        });
    if (!job) throw new AppError("NOT_FOUND", "There is no such job in your company.");
    // A draft is a position described in an invitation; a closed job takes no more candidates.
    if (job.status === "CLOSED" || (job.status === "DRAFT" && !input.position)) {
      throw new AppError("CONFLICT", "Invitations can only be sent for an open job.");
    }
    const [resumes, company, emailDomain] = await Promise.all([
      loadResumesBySearchKey(tx, [input.candidateId]),
      tx.company.findUniqueOrThrow({
        where: { id: caller.companyId },
        select: { id: true, status: true },
      }),
      viewerEmailDomain(tx, caller),
    ]);
    const resume = resumes.get(input.candidateId);
    if (!resume || !mayCompanySearch(resume, { ...company, viewerEmailDomain: emailDomain })) {
      throw new AppError("NOT_FOUND", "This candidate is not available.");
    }
    await consumeInvitationQuota(tx, caller.companyId, invitationsPerMonth, now);
    const open = await tx.invitation.findFirst({
      where: { jobId: job.id, profileId: resume.profileId, status: "SENT", expiresAt: { gt: now } },
      select: { id: true },
    });
    if (open) {
      throw new AppError("CONFLICT", "This candidate already has an open invitation for this job.");
    }
    return tx.invitation.create({
      data: {
        companyId: caller.companyId,
        senderMemberId: caller.memberId,
        profileId: resume.profileId,
        jobId: job.id,
        salaryMin: input.salaryMin,
        salaryMax: input.salaryMax,
        salaryCurrency: input.salaryCurrency,
        salaryPeriod: input.salaryPeriod,
        visaSupport: input.visaSupport,
        message: input.message,
        sentAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      },
      select: { id: true, expiresAt: true },
    });
  });
  const emailed = await notifyInvitationReceived(db, options.mail ?? null, invitation.id);
  return { invitationId: invitation.id, expiresAt: invitation.expiresAt, emailed };
}
