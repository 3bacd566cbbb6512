import { z } from "zod";
import { checkbox } from "../fields";

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
