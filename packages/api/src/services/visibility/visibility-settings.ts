import type { Db } from "@tsunagu/db";
import type { VisibilitySettings } from "@tsunagu/schemas/visibility";
import { AppError } from "../../errors";
import { CURRENT_POLICY_VERSION } from "./policy";

/** The latest searchable-profile consent event of the person, or null (R7: latest wins). */
async function searchableConsent(db: Pick<Db, "consentEvent">, userId: string) {
  return db.consentEvent.findFirst({
    where: { userId, purpose: "SEARCHABLE_PROFILE" },
    orderBy: { occurredAt: "desc" },
    select: { granted: true, policyVersion: true, occurredAt: true },
  });
}

/** F3: the seeker's visibility, age-band choice and whether the searchable consent is on record. */
export async function loadVisibilitySettings(db: Db, userId: string) {
  const [profile, consent] = await Promise.all([
    db.seekerProfile.findUniqueOrThrow({
      where: { userId },
      select: { visibility: true, shareAgeBand: true },
    }),
    searchableConsent(db, userId),
  ]);
  const granted = consent?.granted === true;
  return {
    visibility: profile.visibility,
    shareAgeBand: profile.shareAgeBand,
    consent: granted
      ? { policyVersion: consent.policyVersion, grantedAt: consent.occurredAt }
      : null,
    policyVersion: CURRENT_POLICY_VERSION,
  };
}

/**
 * F3: switch between PRIVATE and SEARCHABLE, effective at once. Going SEARCHABLE needs the
 * searchable-profile consent (R1): when none is granted on record, the seeker must tick the
 * (never pre-ticked) box, and the grant is recorded against the current policy version in the
 * same transaction as the switch. The row triggers write the outbox events (R3), and the R4
 * re-check refuses a PRIVATE resume from this commit on. Going PRIVATE leaves the consent as
 * it is: the seeker withdraws it in the privacy centre, not by hiding the resume.
 */
export async function saveVisibilitySettings(db: Db, userId: string, input: VisibilitySettings) {
  return db.$transaction(async (tx) => {
    if (input.visibility === "SEARCHABLE") {
      const consent = await searchableConsent(tx, userId);
      if (consent?.granted !== true) {
        if (!input.consentSearchable) {
          throw new AppError(
            "BAD_REQUEST",
            "Agree to be found before making the resume searchable.",
            {
              fieldProblem: { field: "consentSearchable", key: "consentRequired" },
            },
          );
        }
        await tx.consentEvent.create({
          data: {
            userId,
            purpose: "SEARCHABLE_PROFILE",
            granted: true,
            policyVersion: CURRENT_POLICY_VERSION,
            source: "VISIBILITY_SETTINGS",
          },
        });
      }
    }
    const { updatedAt } = await tx.seekerProfile.update({
      where: { userId },
      data: { visibility: input.visibility, shareAgeBand: input.shareAgeBand },
      select: { updatedAt: true },
    });
    return { savedAt: updatedAt };
  });
}
