import { z } from "zod";
import { text } from "../text";

/**
 * F7: every purpose the product asks consent for, in the order the privacy center lists them.
 * The same values as the database enum `consent_purpose`.
 */
export const CONSENT_PURPOSES = [
  "SEARCHABLE_PROFILE",
  "NETWORKING_CARD",
  "JOB_ALERTS",
  "NEWSLETTER",
  "MARKETING",
  "PARTNER_OFFERS",
  "TALENT_POOL",
  "ANALYTICS_COOKIES",
] as const;
export type ConsentPurposeCode = (typeof CONSENT_PURPOSES)[number];

/** Purposes that are marketing: an objection to marketing switches all of them off. */
export const MARKETING_PURPOSES = [
  "NEWSLETTER",
  "MARKETING",
  "PARTNER_OFFERS",
] as const satisfies readonly ConsentPurposeCode[];

/**
 * A yes/no the privacy center's buttons send as "true" or "false" (each button states what it
 * does, so there is no checkbox to leave unticked); anything else is refused, not read as "no".
 */
const choice = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean(),
);

/** F7: grant or withdraw one purpose. */
export const setConsentInput = z.object({
  purpose: z.enum(CONSENT_PURPOSES),
  granted: choice,
});
export type SetConsentInput = z.output<typeof setConsentInput>;

/** F7: restrict processing (out of search, no employer views, no marketing), reversibly. */
export const setRestrictionInput = z.object({ restricted: choice });

/** F7: object to marketing, on its own. */
export const setMarketingObjectionInput = z.object({ objected: choice });

/** F7: the receipt of one of the person's own consent events. */
export const consentReceiptInput = z.object({ eventId: z.uuid() });

export const DISCLOSURE_KINDS = [
  "RESUME_VIEW",
  "CONTACT_REVEAL",
  "EXPORT",
  "APPLICATION_SNAPSHOT",
] as const;

/** F7: the disclosure ledger, newest first, optionally one kind or one company, by pages. */
export const disclosuresInput = z.object({
  kind: z.enum(DISCLOSURE_KINDS).optional(),
  companyId: z.uuid().optional(),
  page: z.coerce.number().int().min(0).max(1000).default(0),
});
export type DisclosuresInput = z.input<typeof disclosuresInput>;

/** F7: what a seeker can ask the platform's people for (the rest they do themselves, at once). */
export const DATA_REQUEST_KINDS = ["RECTIFICATION", "OBJECTION", "COMPLAINT"] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

/** F7: a request that needs a person: what kind, and the seeker's own words (required). */
export const createDataRequestInput = z.object({
  kind: z.enum(DATA_REQUEST_KINDS),
  details: text().trim().min(10).max(4000),
});
export type CreateDataRequestInput = z.output<typeof createDataRequestInput>;
