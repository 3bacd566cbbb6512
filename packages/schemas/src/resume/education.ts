import { educationLevels } from "@tsunagu/vocab";
import { z } from "zod";
import { optionalCode, optionalMonth, optionalText, requiredText } from "../fields";

/**
 * F2, education: schools and studies in the seeker's order, by month. The level is searchable
 * (the profile keeps the highest one, R2); the institution's name and the field are not indexed.
 */
export const educationSection = z
  .object({
    educations: z
      .array(
        z.object({
          institution: requiredText(160),
          level: optionalCode(educationLevels),
          fieldOfStudy: optionalText(120),
          startMonth: optionalMonth,
          endMonth: optionalMonth,
        }),
      )
      .max(20)
      .default([]),
  })
  .superRefine((value, ctx) => {
    value.educations.forEach((entry, index) => {
      if (entry.startMonth && entry.endMonth && entry.endMonth < entry.startMonth) {
        ctx.addIssue({
          code: "custom",
          path: ["educations", index, "endMonth"],
          message: "Ends before it starts",
          params: { key: "endBeforeStart" },
        });
      }
    });
  });

export type EducationSection = z.output<typeof educationSection>;
