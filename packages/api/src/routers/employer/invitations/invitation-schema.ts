import { InvitationStatus } from "@tsunagu/db";
import { salaryPeriods } from "@tsunagu/vocab";
import { z } from "zod";
import { isoDateTime } from "../../shared/schemas";
import type { CompanyInvitation } from "../../../services/invitations/company-invitations";

/** One of the company's sent invitations as the employer app receives it (no contact). */
export const companyInvitationSchema = z.object({
  id: z.string(),
  status: z.enum(InvitationStatus),
  job: z.object({ id: z.string(), title: z.string() }),
  candidateId: z.string(),
  senderName: z.string().nullable(),
  salary: z.object({
    min: z.number(),
    max: z.number(),
    currency: z.string(),
    period: salaryPeriods.schema,
  }),
  visaSupport: z.boolean(),
  message: z.string(),
  sentAt: isoDateTime,
  expiresAt: isoDateTime,
  respondedAt: isoDateTime.nullable(),
});

export const toWire = (i: CompanyInvitation) => ({
  ...i,
  sentAt: i.sentAt.toISOString(),
  expiresAt: i.expiresAt.toISOString(),
  respondedAt: i.respondedAt?.toISOString() ?? null,
});
