import { z } from "zod";
import type { MyInvitation } from "../../../services/invitations/my-invitations";
import { isoDateTime } from "../../shared/schemas";

export const invitationStatusSchema = z.enum([
  "SENT",
  "ACCEPTED",
  "DECLINED",
  "REPORTED",
  "EXPIRED",
]);

/** What the seeker sees of an invitation: the allowlist (no sender, no internal notes). */
export const invitationSchema = z.object({
  id: z.string(),
  status: invitationStatusSchema,
  company: z.object({ name: z.string(), slug: z.string(), websiteHost: z.string().nullable() }),
  job: z.object({
    id: z.string(),
    title: z.string(),
    location: z.string(),
    posted: z.boolean(),
    description: z.string().nullable(),
  }),
  salary: z.object({
    min: z.number(),
    max: z.number(),
    currency: z.string(),
    period: z.enum(["YEARLY", "MONTHLY", "HOURLY"]),
  }),
  visaSupport: z.boolean(),
  message: z.string(),
  sentAt: isoDateTime,
  expiresAt: isoDateTime,
  respondedAt: isoDateTime.nullable(),
});

export const answerSchema = z.object({
  status: z.enum(["ACCEPTED", "DECLINED", "REPORTED"]),
  respondedAt: isoDateTime,
});

export const invitationOut = (i: MyInvitation): z.input<typeof invitationSchema> => ({
  ...i,
  sentAt: i.sentAt.toISOString(),
  expiresAt: i.expiresAt.toISOString(),
  respondedAt: i.respondedAt?.toISOString() ?? null,
});

export const answerOut = (a: {
  status: "ACCEPTED" | "DECLINED" | "REPORTED";
  respondedAt: Date;
}) => ({
  status: a.status,
  respondedAt: a.respondedAt.toISOString(),
});
