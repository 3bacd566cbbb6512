import type { ConsentPurpose, ConsentSource } from "../../generated/prisma/enums";
import type { DbClient } from "../types";

/** Policy version the demo world and tests consent to. */
export const DEMO_POLICY_VERSION = "2026-11-01";

export interface ConsentOptions {
  userId: string;
  purpose: ConsentPurpose;
  source?: ConsentSource;
  policyVersion?: string;
  occurredAt?: Date;
}

/** Appends a "granted" event to the person's consent history (R7). */
export function grantConsent(db: DbClient, options: ConsentOptions) {
  return recordConsent(db, options, true);
}

/** Appends a "withdrawn" event; the history keeps the earlier grant. */
export function withdrawConsent(db: DbClient, options: ConsentOptions) {
  return recordConsent(db, options, false);
}

function recordConsent(db: DbClient, options: ConsentOptions, granted: boolean) {
  return db.consentEvent.create({
    data: {
      userId: options.userId,
      purpose: options.purpose,
      granted,
      source: options.source ?? "PRIVACY_CENTER",
      policyVersion: options.policyVersion ?? DEMO_POLICY_VERSION,
      ...(options.occurredAt ? { occurredAt: options.occurredAt } : {}),
    },
  });
}
