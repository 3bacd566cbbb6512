import { ALERT_FREQUENCIES } from "@tsunagu/schemas/saved-searches";
import { resumeFiltersSchema } from "@tsunagu/search";
import { RESUME_SORTS } from "@tsunagu/search/params";
import { z } from "zod";

/** What a saved search procedure returns: the member's own search, nothing about others. */
export const savedSearchSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  query: z.string(),
  filters: resumeFiltersSchema,
  sort: z.enum(RESUME_SORTS),
  search: z.string(),
  alertFrequency: z.enum(ALERT_FREQUENCIES),
  lastAlertedAt: z.date().nullable(),
  createdAt: z.date(),
});
