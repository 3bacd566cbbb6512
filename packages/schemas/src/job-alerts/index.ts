import { z } from "zod";
import { requiredText } from "../fields";

/** F8: how many job alerts one seeker may keep; each is a mail at most once a day. */
export const JOB_ALERTS_PER_SEEKER = 10;

export const JOB_ALERT_NAME_MAX = 100;

export const JOB_ALERT_FREQUENCIES = ["DAILY", "WEEKLY"] as const;
export type JobAlertFrequency = (typeof JOB_ALERT_FREQUENCIES)[number];

const name = requiredText(JOB_ALERT_NAME_MAX);
const frequency = z.enum(JOB_ALERT_FREQUENCIES);

/**
 * "Save this search as an alert" on /jobs: the name and how often. The search itself is the
 * page's own URL, read by the page with the codec it searches with.
 */
export const createJobAlertForm = z.object({ name, frequency });
export type CreateJobAlertForm = z.output<typeof createJobAlertForm>;

/** The small forms of the alerts page, told apart by `intent`. */
export const renameJobAlertForm = z.object({ id: z.uuid(), name, intent: z.literal("rename") });
export const setJobAlertFrequencyForm = z.object({
  id: z.uuid(),
  frequency,
  intent: z.literal("frequency"),
});
export const deleteJobAlertForm = z.object({ id: z.uuid(), intent: z.literal("delete") });

export const jobAlertRef = z.object({ id: z.uuid() });
export const renameJobAlertInput = z.object({ id: z.uuid(), name });
export const setJobAlertFrequencyInput = z.object({ id: z.uuid(), frequency });
