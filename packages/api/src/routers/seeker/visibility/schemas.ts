import { z } from "zod";
import { isoDateTime } from "../../shared/schemas";

/** The seeker's own visibility settings: an allowlist. */
export const visibilitySettingsSchema = z.object({
  visibility: z.enum(["PRIVATE", "SEARCHABLE"]),
  shareAgeBand: z.boolean(),
  /** The granted searchable-profile consent on record, or null when none is. */
  consent: z.object({ policyVersion: z.string(), grantedAt: isoDateTime }).nullable(),
  /** The policy version a consent given now is recorded against. */
  policyVersion: z.string(),
});

export const savedSchema = z.object({ savedAt: isoDateTime });

const company = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  websiteHost: z.string().nullable(),
});

/** The company picker: identity shown so look-alikes can be told apart. */
export const companiesSchema = z.array(company);

/** The seeker's block list. */
export const blocksSchema = z.object({
  companies: z.array(company.extend({ isCurrentEmployer: z.boolean() })),
  domains: z.array(z.string()),
  pending: z.array(z.object({ id: z.uuid(), name: z.string(), matches: z.array(company) })),
});

export const doneSchema = z.object({ done: z.literal(true) });

/** The seeker's own networking card settings (F3); slug null until the card first exists. */
export const cardSettingsSchema = z.object({
  enabled: z.boolean(),
  slug: z.string().nullable(),
  searchEnginesAllowed: z.boolean(),
});

/**
 * A public networking card: exactly what the privacy projection allows on it (no contact data,
 * no employer names, no birth date, no photo), plus whether search engines may index it.
 */
export const publicCardSchema = z.object({
  card: z.object({
    displayName: z.string().nullable(),
    headline: z.string().nullable(),
    careerLevel: z.string().nullable(),
    languages: z.array(z.object({ language: z.string(), level: z.string() })),
    skills: z.array(z.string()),
  }),
  searchEnginesAllowed: z.boolean(),
});
