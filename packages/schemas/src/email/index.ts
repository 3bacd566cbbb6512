import { z } from "zod";
import { checkbox } from "../fields";
import { text } from "../text";

/**
 * F8: the email categories a seeker can switch. Account and security mail (sign-up, reset,
 * sign-in notices) is always sent and is not in this list.
 */
export const SEEKER_EMAIL_CATEGORIES = [
  "INVITATIONS",
  "JOB_ALERTS",
  "NEWSLETTER",
  "RESUME_REMINDERS",
] as const;

export type SeekerEmailCategory = (typeof SEEKER_EMAIL_CATEGORIES)[number];

/** F8: the seeker's email settings form: a box per category, posted as "on" when ticked. */
export const seekerEmailPreferences = z.object({
  INVITATIONS: checkbox,
  JOB_ALERTS: checkbox,
  NEWSLETTER: checkbox,
  RESUME_REMINDERS: checkbox,
});

export type SeekerEmailPreferences = z.output<typeof seekerEmailPreferences>;

/** F8: the token of a List-Unsubscribe link (random, base64url). */
export const unsubscribeTokenInput = z.object({
  token: text()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});
