import { careerLevels } from "@tsunagu/vocab";
import { z } from "zod";
import { optionalCode, optionalText } from "../fields";

/** F2, the professional summary: what an employer reads first, scrubbed before indexing (R2). */
export const summarySection = z.object({
  headline: optionalText(120),
  summary: optionalText(2000),
  careerLevel: optionalCode(careerLevels),
});

export type SummarySection = z.output<typeof summarySection>;
