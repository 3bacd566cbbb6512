import type { Db } from "@tsunagu/db";
import { consentsDueForReview, type ConsentToReview } from "@tsunagu/schemas/policy";
import type { ConsentPurposeCode } from "@tsunagu/schemas/privacy";
import { AppError } from "../../errors";
import { CURRENT_POLICY_VERSION } from "../visibility/policy";
import { recordConsent } from "./consents";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Policy versions (R7): the consents a newer policy version changed since the person agreed
 * (see consentsDueForReview), asked about at sign-in and in the privacy center.
 */
export async function consentsToReview(
  db: Pick<Tx, "consentEvent">,
  userId: string,
): Promise<ConsentToReview[]> {
  const latest = await db.consentEvent.findMany({
    where: { userId },
    orderBy: [{ purpose: "asc" }, { occurredAt: "desc" }, { id: "desc" }],
    distinct: ["purpose"],
    select: { purpose: true, granted: true, policyVersion: true },
  });
  return consentsDueForReview(latest);
}

/**
 * The answer to a review: keeping the consent records a new grant against the current version
 * (the person has now seen its wording); withdrawing records the withdrawal, with what follows
 * from it, as the privacy center does. Checked and written in one transaction, so a second click
 * writes nothing; returns how many reviews are left.
 */
export async function answerPolicyReview(
  db: Db,
  userId: string,
  input: { purpose: ConsentPurposeCode; keep: boolean },
  now = new Date(),
): Promise<{
  purpose: ConsentPurposeCode;
  granted: boolean;
  policyVersion: string;
  remaining: number;
}> {
  const remaining = await db.$transaction(async (tx) => {
    const pending = await consentsToReview(tx, userId);
    if (!pending.some((entry) => entry.purpose === input.purpose)) {
      throw new AppError("CONFLICT", "This consent has nothing to review.");
    }
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
    return pending.length - 1;
  });
  return {
    purpose: input.purpose,
    granted: input.keep,
    policyVersion: CURRENT_POLICY_VERSION,
    remaining,
  };
}
