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

const company = z.object({ id: z.uuid(), name: z.string(), slug: z.string(), websiteHost: z.string().nullable() });

/** The company picker: identity shown so look-alikes can be told apart. */
export const companiesSchema = z.array(company);

/** The seeker's block list. */
export const blocksSchema = z.object({
  companies: z.array(company.extend({ isCurrentEmployer: z.boolean() })),
  domains: z.array(z.string()),
  pending: z.array(z.object({ id: z.uuid(), name: z.string(), matches: z.array(company) })),
});

export const doneSchema = z.object({ done: z.literal(true) });
