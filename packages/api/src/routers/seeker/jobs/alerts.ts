import { z } from "zod";
import {
  JOB_ALERT_FREQUENCIES,
  jobAlertRef,
  renameJobAlertInput,
  setJobAlertFrequencyInput,
} from "@tsunagu/schemas/job-alerts";
import {
  createJobAlert,
  createJobAlertInput,
  deleteJobAlert,
  listJobAlerts,
  renameJobAlert,
  setJobAlertFrequency,
  type JobAlertEntry,
} from "../../../services/job-alerts/job-alerts";
import { publicJobFilters } from "../../../services/jobs/search-public-jobs";
import { router, seekerProcedure } from "../../../trpc";
import { isoDateTime, noInput } from "../../shared/schemas";

const jobAlertSchema = z.object({
  id: z.string(),
  name: z.string(),
  query: z.string(),
  filters: publicJobFilters,
  frequency: z.enum(JOB_ALERT_FREQUENCIES),
  search: z.string(),
  lastSentAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});

const out = (entry: JobAlertEntry) => ({
  ...entry,
  lastSentAt: entry.lastSentAt?.toISOString() ?? null,
  createdAt: entry.createdAt.toISOString(),
});

/** F8: the seeker's own job alerts; nobody else can read or change them. */
export const jobAlertsRouter = router({
  list: seekerProcedure
    .input(noInput)
    .output(z.object({ alerts: z.array(jobAlertSchema) }))
    .query(async ({ ctx }) => ({ alerts: (await listJobAlerts(ctx.db, ctx.user.id)).map(out) })),
  create: seekerProcedure
    .input(createJobAlertInput)
    .output(jobAlertSchema)
    .mutation(async ({ ctx, input }) => out(await createJobAlert(ctx.db, ctx.user.id, input))),
  rename: seekerProcedure
    .input(renameJobAlertInput)
    .output(jobAlertSchema)
    .mutation(async ({ ctx, input }) => out(await renameJobAlert(ctx.db, ctx.user.id, input))),
  setFrequency: seekerProcedure
    .input(setJobAlertFrequencyInput)
    .output(jobAlertSchema)
    .mutation(async ({ ctx, input }) =>
      out(await setJobAlertFrequency(ctx.db, ctx.user.id, input)),
    ),
  delete: seekerProcedure
    .input(jobAlertRef)
    .output(z.object({ deleted: z.boolean() }))
    .mutation(({ ctx, input }) => deleteJobAlert(ctx.db, ctx.user.id, input)),
});
