import { z } from "zod";

const emailSchema = z.email().max(254);

/**
 * Emails are stored trimmed and lower-cased (the database enforces lower case), so lookups and
 * the unique index treat "An@Example.vn" and "an@example.vn" as one account.
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The normalised address, or null when it is not a plausible email. */
export function parseEmail(email: string): string | null {
  const normalised = normaliseEmail(email);
  return emailSchema.safeParse(normalised).success ? normalised : null;
}
