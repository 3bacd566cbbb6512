import { z } from "zod";
import { optionalText } from "../fields";

/** F5: applying to a job with the resume, and an optional message to the company. */
export const applyForm = z.object({
  jobId: z.uuid(),
  coverNote: optionalText(2000),
});
export type ApplyForm = z.output<typeof applyForm>;

/** F5: one of the seeker's own applications. */
export const applicationRef = z.object({ applicationId: z.uuid() });

/** F5: the apply page's preview of what would be shared with one job's company. */
export const jobRef = z.object({ jobId: z.uuid() });

/** F5: save a job for later, or take it off the saved list (one form, two buttons). */
export const savedJobForm = z.object({ jobId: z.uuid(), intent: z.enum(["save", "unsave"]) });
export type SavedJobForm = z.output<typeof savedJobForm>;
