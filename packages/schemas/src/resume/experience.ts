import { z } from "zod";
import { checkbox, isoMonth, optionalMonth, optionalText, requiredText } from "../fields";

/**
 * F2, work experience: each job by month, the current one without an end. The job title is
 * searchable (R2); the employer's name and the description are not indexed.
 */
export const experienceSection = z
  .object({
    experiences: z
      .array(
        z.object({
          employerName: requiredText(120),
          title: requiredText(120),
          startMonth: isoMonth,
          endMonth: optionalMonth,
          isCurrent: checkbox,
          description: optionalText(2000),
        }),
      )
      .max(30)
      .default([]),
  })
  .superRefine((value, ctx) => {
    value.experiences.forEach((job, index) => {
      const path = ["experiences", index, "endMonth"];
      if (job.isCurrent && job.endMonth) {
        ctx.addIssue({ code: "custom", path, message: "A current job has no end", params: { key: "endWhileCurrent" } });
      } else if (!job.isCurrent && !job.endMonth) {
        ctx.addIssue({ code: "custom", path, message: "Give the end month or tick current", params: { key: "endMonthRequired" } });
      } else if (job.endMonth && job.endMonth < job.startMonth) {
        ctx.addIssue({ code: "custom", path, message: "Ends before it starts", params: { key: "endBeforeStart" } });
      }
    });
  });

export type ExperienceSection = z.output<typeof experienceSection>;
