import { employmentTypes, prefectures, salaryPeriods } from "@tsunagu/vocab";
import { z } from "zod";
import { checkbox, optionalCode, optionalText, requiredCode, requiredText } from "../fields";

/** Currencies an invitation's salary range may be stated in. */
export const INVITATION_CURRENCIES = ["JPY", "VND", "USD"] as const;

const salaryAmount = z.coerce.number().int().min(0).max(1_000_000_000);

/**
 * F13: a position described in the invitation itself, for a company that has not posted the job.
 * It is kept as one of the company's jobs, unpublished (a draft no job search shows).
 */
export const describedPositionInput = z.object({
  title: requiredText(120),
  employmentType: requiredCode(employmentTypes),
  location: optionalCode(prefectures),
  description: requiredText(4000),
});
export type DescribedPosition = z.output<typeof describedPositionInput>;

/**
 * F13: an employer invites a candidate found in search. The candidate is named by the search
 * key the employer search API returns (never by profile id); the job is one of the company's
 * own or a position described here (exactly one); salary range and visa support are required.
 */
export const sendInvitationInput = z
  .object({
    candidateId: z.uuid(),
    jobId: z.uuid().optional(),
    position: describedPositionInput.optional(),
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
  })
  .refine((value) => (value.jobId === undefined) !== (value.position === undefined), {
    path: ["jobId"],
    message: "Name one of the company's jobs or describe the position, not both.",
  });
export type SendInvitationInput = z.input<typeof sendInvitationInput>;

/** The job field's value that means "the position is described below". */
export const DESCRIBED_POSITION = "describe";

/**
 * The employer's invitation form (F13): the same rules, visa support as a checkbox (an unticked
 * box posts nothing, which means "no"). The candidate comes from the page's URL.
 */
export const sendInvitationForm = z
  .object({
    jobId: z.union([z.uuid(), z.literal(DESCRIBED_POSITION)]),
    positionTitle: optionalText(120),
    positionEmploymentType: optionalCode(employmentTypes),
    positionLocation: optionalCode(prefectures),
    positionDescription: optionalText(4000),
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
  })
  .superRefine((value, ctx) => {
    if (value.jobId !== DESCRIBED_POSITION) return;
    for (const field of [
      "positionTitle",
      "positionEmploymentType",
      "positionDescription",
    ] as const) {
      if (value[field] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          params: { key: "required" },
          message: "Required",
        });
      }
    }
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
