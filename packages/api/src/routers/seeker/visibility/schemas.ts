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
