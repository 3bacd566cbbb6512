import type { Db } from "@tsunagu/db";
import { CONSENT_PURPOSES, type ConsentPurposeCode } from "@tsunagu/schemas/privacy";
import { lastChangeOf } from "@tsunagu/schemas/policy";
import { AppError } from "../../errors";
import { CURRENT_POLICY_VERSION } from "../visibility/policy";
import { recordConsent } from "./consents";

export interface ConsentToReview {
  purpose: ConsentPurposeCode;
  /** The version the person agreed under. */
  grantedUnder: string;
  /** The version that changed the purpose since. */
  changedIn: string;
}

/**
 * Policy versions (R7): purposes the person agreed to under a version older than the one that
 * last changed them. Their consent still stands (withdrawal is theirs to choose), but they are
 * asked to review it at sign-in and in the privacy center. Versions are ISO dates, so they sort
 * as strings.
 */
export async function consentsToReview(db: Db, userId: string): Promise<ConsentToReview[]> {
  const changed = CONSENT_PURPOSES.flatMap((purpose) => {
    const changedIn = lastChangeOf(purpose);
    return changedIn ? [{ purpose, changedIn }] : [];
  });
  if (changed.length === 0) return [];
  const latest = await db.consentEvent.findMany({
    where: { userId, purpose: { in: changed.map((entry) => entry.purpose) } },
    orderBy: [{ purpose: "asc" }, { occurredAt: "desc" }, { id: "desc" }],
    distinct: ["purpose"],
    select: { purpose: true, granted: true, policyVersion: true },
  });
  return changed.flatMap(({ purpose, changedIn }) => {
    const event = latest.find((row) => row.purpose === purpose);
    return event?.granted && event.policyVersion < changedIn
      ? [{ purpose, grantedUnder: event.policyVersion, changedIn }]
      : [];
  });
}

/**
 * The answer to a review: keeping the consent records a new grant against the current version
 * (the person has now seen its wording); withdrawing records the withdrawal, with what follows
 * from it, as the privacy center does.
 */
export async function answerPolicyReview(
  db: Db,
  userId: string,
  input: { purpose: ConsentPurposeCode; keep: boolean },
  now = new Date(),
): Promise<{ purpose: ConsentPurposeCode; granted: boolean; policyVersion: string }> {
  const pending = await consentsToReview(db, userId);
  if (!pending.some((entry) => entry.purpose === input.purpose)) {
    throw new AppError("CONFLICT", "This consent has nothing to review.");
  }
  await db.$transaction(async (tx) => {
    if (input.keep) {
      await tx.consentEvent.create({
        data: {
          userId,
          purpose: input.purpose,
          granted: true,
          source: "PRIVACY_CENTER",
          policyVersion: CURRENT_POLICY_VERSION,
          occurredAt: now,
        },
      });
    } else {
      await recordConsent(tx, userId, input.purpose, false, "PRIVACY_CENTER", now);
    }
  });
  return { purpose: input.purpose, granted: input.keep, policyVersion: CURRENT_POLICY_VERSION };
}
