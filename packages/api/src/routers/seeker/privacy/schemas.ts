import { CONSENT_PURPOSES, DISCLOSURE_KINDS } from "@tsunagu/schemas/privacy";
import { z } from "zod";

const consentEvent = z.object({
  id: z.string(),
  granted: z.boolean(),
  policyVersion: z.string(),
  source: z.string(),
  occurredAt: z.string(),
});

/** A consent a newer policy version changed since it was given (policy versions, R7). */
export const consentToReviewSchema = z.object({
  purpose: z.enum(CONSENT_PURPOSES),
  grantedUnder: z.string(),
  changedIn: z.string(),
});

export const privacyCenterSchema = z.object({
  purposes: z.array(
    z.object({
      purpose: z.enum(CONSENT_PURPOSES),
      granted: z.boolean(),
      latest: consentEvent.nullable(),
      history: z.array(consentEvent),
    }),
  ),
  restrictedAt: z.string().nullable(),
  marketingObjectedAt: z.string().nullable(),
  policyVersion: z.string(),
  visibility: z.enum(["PRIVATE", "SEARCHABLE"]).nullable(),
  toReview: z.array(consentToReviewSchema),
});

export const consentReceiptSchema = consentEvent.extend({
  purpose: z.enum(CONSENT_PURPOSES),
  email: z.string(),
});

export const disclosuresSchema = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(DISCLOSURE_KINDS),
      purpose: z.string(),
      occurredAt: z.string(),
      company: z.object({ id: z.string(), name: z.string() }),
      jobTitle: z.string().nullable(),
    }),
  ),
  companies: z.array(z.object({ id: z.string(), name: z.string() })),
  page: z.number(),
  hasMore: z.boolean(),
});

export const iso = (date: Date | null) => (date ? date.toISOString() : null);
export const eventOut = <T extends { occurredAt: Date }>(event: T) => ({
  ...event,
  occurredAt: event.occurredAt.toISOString(),
});
