import { z } from "zod";
import { checkbox, optionalText, requiredText } from "../fields";
import { phoneInput } from "../phone";
import { text } from "../text";

const blank = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * F2, referees: people who agreed to speak for the seeker. Third-party data: a referee is kept
 * only with the seeker's attestation that they agreed (never assumed, never pre-ticked), and is
 * never in search (R2). Employers see referees only through an application.
 */
export const refereesSection = z.object({
  referees: z
    .array(
      z.object({
        name: requiredText(120),
        relationship: requiredText(80),
        organisation: optionalText(120),
        email: z.preprocess(blank, text().trim().max(254).pipe(z.email()).optional()),
        phone: z.preprocess(blank, phoneInput.optional()),
        consentAttested: checkbox.refine((ticked) => ticked, {
          message: "Confirm that this person agreed to be your referee",
          params: { key: "refereeConsentRequired" },
        }),
      }),
    )
    .max(5)
    .default([]),
});

export type RefereesSection = z.output<typeof refereesSection>;
