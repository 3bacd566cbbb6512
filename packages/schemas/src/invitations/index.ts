import { salaryPeriods } from "@tsunagu/vocab";
import { z } from "zod";
import { checkbox, optionalText, requiredCode, requiredText } from "../fields";

/** Currencies an invitation's salary range may be stated in. */
export const INVITATION_CURRENCIES = ["JPY", "VND", "USD"] as const;

const salaryAmount = z.coerce.number().int().min(0).max(1_000_000_000);

/**
 * F13: an employer invites a candidate found in search. The candidate is named by the search
 * key the employer search API returns (never by profile id), the job is one of the company's
 * own, and job, salary range and visa support are required by the product.
 */
export const sendInvitationInput = z
  .object({
    candidateId: z.uuid(),
    jobId: z.uuid(),
    salaryMin: salaryAmount,
    salaryMax: salaryAmount,
    salaryCurrency: z.enum(INVITATION_CURRENCIES).default("JPY"),
    salaryPeriod: requiredCode(salaryPeriods).default("YEARLY"),
    visaSupport: z.boolean(),
    message: requiredText(2000),
  })
  .refine((value) => value.salaryMin <= value.salaryMax, {
    path: ["salaryMax"],
    params: { key: "salaryRange" },
    message: "The highest salary cannot be below the lowest.",
  });
export type SendInvitationInput = z.input<typeof sendInvitationInput>;

/**
 * The employer's invitation form (F13): the same rules, visa support as a checkbox (an unticked
 * box posts nothing, which means "no"). The candidate comes from the page's URL.
 */
export const sendInvitationForm = z
  .object({
    jobId: z.uuid(),
    salaryMin: salaryAmount,
    salaryMax: salaryAmount,
    salaryCurrency: z.enum(INVITATION_CURRENCIES).default("JPY"),
    salaryPeriod: requiredCode(salaryPeriods).default("YEARLY"),
    visaSupport: checkbox,
    message: requiredText(2000),
  })
  .refine((value) => value.salaryMin <= value.salaryMax, {
    path: ["salaryMax"],
    params: { key: "salaryRange" },
    message: "The highest salary cannot be below the lowest.",
  });

/** F6: one of the seeker's own invitations. */
export const invitationRef = z.object({ invitationId: z.uuid() });

export const INVITATION_REPORT_REASONS = ["SPAM", "SCAM"] as const;
export type InvitationReportReason = (typeof INVITATION_REPORT_REASONS)[number];

/** F6: report an invitation as spam or a scam, with an optional note for the platform's review. */
export const reportInvitationForm = z.object({
  invitationId: z.uuid(),
  reason: z.enum(INVITATION_REPORT_REASONS),
  details: optionalText(1000),
});
export type ReportInvitationForm = z.output<typeof reportInvitationForm>;
