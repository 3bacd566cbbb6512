import { z } from "zod";
import { checkbox, requiredText } from "../fields";
import { text } from "../text";

/**
 * F3: who can find the resume. SEARCHABLE needs the searchable-profile consent (R1, R7); the
 * consent box is never pre-ticked and only asked for while no granted consent is on record, so
 * the service (which knows the record) decides whether an unticked box is a refusal.
 */
export const visibilitySettings = z.object({
  visibility: z.enum(["PRIVATE", "SEARCHABLE"]),
  shareAgeBand: checkbox,
  consentSearchable: checkbox,
});

export type VisibilitySettings = z.output<typeof visibilitySettings>;

const DOMAIN = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** F3: the company picker's search: active companies by name. */
export const companySearch = z.object({ query: requiredText(100) });

/** F3: one platform company, chosen by identity. */
export const companyBlockInput = z.object({ companyId: z.uuid() });

/**
 * F3: an email domain to block, typed as "example.co.jp" (an address or a leading "@" is
 * accepted and cut to its domain). Stored lower case, as the database CHECK requires.
 */
export const domainBlockInput = z.object({
  domain: z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .trim()
            .toLowerCase()
            .replace(/^.*@/, "")
            .replace(/^\.+|\.+$/g, "")
        : value,
    z
      .string()
      .max(253)
      .refine((value) => DOMAIN.test(value), { params: { key: "domain" } }),
  ),
});

/** F3: a company name that matches no company yet, kept until such a company joins. */
export const pendingBlockInput = z.object({ name: requiredText(200) });

/** F3: "Is this the company you meant?" answered yes. */
export const confirmPendingBlockInput = z.object({ pendingId: z.uuid(), companyId: z.uuid() });

export const pendingBlockRef = z.object({ pendingId: z.uuid() });

export type DomainBlockInput = z.output<typeof domainBlockInput>;

/**
 * F3: the networking card on or off, and the separate, never pre-ticked opt-in letting search
 * engines index it (without it the card carries noindex).
 */
export const cardSettings = z.object({
  enabled: checkbox,
  searchEnginesAllowed: checkbox,
});

export type CardSettingsInput = z.output<typeof cardSettings>;

/** F3: the slug of a public card's URL, as anyone may type it (checked against the database). */
export const cardSlugRef = z.object({ slug: text().trim().min(1).max(64) });
