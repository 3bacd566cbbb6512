import type { Db } from "@tsunagu/db";
import {
  CONSENT_PURPOSES,
  MARKETING_PURPOSES,
  type ConsentPurposeCode,
  type SetConsentInput,
} from "@tsunagu/schemas/privacy";
import { consentsDueForReview, type ConsentToReview } from "@tsunagu/schemas/policy";
import { AppError } from "../../errors";
import { CURRENT_POLICY_VERSION } from "../visibility/policy";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface ConsentEventView {
  id: string;
  granted: boolean;
  policyVersion: string;
  source: string;
  occurredAt: Date;
}

export interface PurposeState {
  purpose: ConsentPurposeCode;
  /** The latest event decides (R7); no event means never granted. */
  granted: boolean;
  latest: ConsentEventView | null;
  /** Every event of the purpose, newest first. */
  history: ConsentEventView[];
}

export interface PrivacyCenter {
  purposes: PurposeState[];
  restrictedAt: Date | null;
  marketingObjectedAt: Date | null;
  /** The version a grant made now is recorded against. */
  policyVersion: string;
  /** For the searchable-profile row: consent alone does not make the resume searchable. */
  visibility: "PRIVATE" | "SEARCHABLE" | null;
  /** Consents a newer policy version changed since they were given (policy versions, R7). */
  toReview: ConsentToReview[];
}

const isMarketing = (purpose: ConsentPurposeCode) =>
  (MARKETING_PURPOSES as readonly ConsentPurposeCode[]).includes(purpose);

/** F7: every purpose with its current state and full history, and the two standing choices. */
export async function loadPrivacyCenter(db: Db, userId: string): Promise<PrivacyCenter> {
  const [user, events] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        processingRestrictedAt: true,
        marketingObjectedAt: true,
        seekerProfile: { select: { visibility: true } },
      },
    }),
    db.consentEvent.findMany({
      where: { userId },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        purpose: true,
        granted: true,
        policyVersion: true,
        source: true,
        occurredAt: true,
      },
    }),
  ]);
  const purposes = CONSENT_PURPOSES.map((purpose) => {
    const history = events
      .filter((event) => event.purpose === purpose)
      .map(({ purpose: _, ...event }) => event);
    const latest = history[0] ?? null;
    return { purpose, granted: latest?.granted === true, latest, history };
  });
  return {
    purposes,
    restrictedAt: user.processingRestrictedAt,
    marketingObjectedAt: user.marketingObjectedAt,
    policyVersion: CURRENT_POLICY_VERSION,
    visibility: user.seekerProfile?.visibility ?? null,
    toReview: consentsDueForReview(
      purposes.flatMap(({ purpose, latest }) => (latest ? [{ purpose, ...latest }] : [])),
    ),
  };
}

async function latestGrant(
  tx: Pick<Tx, "consentEvent">,
  userId: string,
  purpose: ConsentPurposeCode,
) {
  const latest = await tx.consentEvent.findFirst({
    where: { userId, purpose },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    select: { granted: true },
  });
  return latest?.granted === true;
}

/**
 * Records a grant or withdrawal when it changes the state (so a repeated click writes no second
 * event), with what follows from it in the same transaction: withdrawing the searchable-profile
 * consent takes the resume out of search (the consent trigger writes the outbox event, R1/R3);
 * withdrawing the networking-card consent turns the card off.
 */
export async function recordConsent(
  tx: Tx,
  userId: string,
  purpose: ConsentPurposeCode,
  granted: boolean,
  source: "PRIVACY_CENTER" | "VISIBILITY_SETTINGS",
  now: Date,
): Promise<boolean> {
  if ((await latestGrant(tx, userId, purpose)) === granted) return false;
  await tx.consentEvent.create({
    data: {
      userId,
      purpose,
      granted,
      source,
      policyVersion: CURRENT_POLICY_VERSION,
      occurredAt: now,
    },
  });
  if (purpose === "NETWORKING_CARD" && !granted) {
    await tx.networkingCard.updateMany({
      where: { profile: { userId } },
      data: { enabled: false },
    });
  }
  return true;
}

/** F7: grant or withdraw one purpose from the privacy center, effective with this commit. */
export async function setConsent(db: Db, userId: string, input: SetConsentInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    if (input.granted && isMarketing(input.purpose)) {
      const user = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { marketingObjectedAt: true },
      });
      if (user.marketingObjectedAt) {
        throw new AppError(
          "CONFLICT",
          "You object to marketing. Lift the objection before agreeing to marketing again.",
        );
      }
    }
    const changed = await recordConsent(
      tx,
      userId,
      input.purpose,
      input.granted,
      "PRIVACY_CENTER",
      now,
    );
    return { purpose: input.purpose, granted: input.granted, changed };
  });
}

/**
 * F7: restrict processing, or lift the restriction. While restricted the resume leaves search at
 * once (the users trigger writes the outbox event), no company can open it (R4 re-check), the
 * networking card shows nothing and no marketing goes out. Recorded in the audit log as evidence.
 */
export async function setRestriction(
  db: Db,
  userId: string,
  restricted: boolean,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const { processingRestrictedAt } = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { processingRestrictedAt: true },
    });
    if ((processingRestrictedAt !== null) === restricted)
      return { restrictedAt: processingRestrictedAt };
    const user = await tx.user.update({
      where: { id: userId },
      data: { processingRestrictedAt: restricted ? now : null },
      select: { processingRestrictedAt: true },
    });
    await tx.auditEvent.create({
      data: {
        actorKind: "SEEKER",
        actorUserId: userId,
        action: restricted ? "privacy.restrict" : "privacy.restriction_lifted",
        targetKind: "user",
        targetId: userId,
        occurredAt: now,
      },
    });
    return { restrictedAt: user.processingRestrictedAt };
  });
}

/**
 * F7: object to marketing, or lift the objection. Objecting withdraws every marketing consent
 * still granted, each as its own event, and refuses new ones until the objection is lifted;
 * lifting it grants nothing back.
 */
export async function setMarketingObjection(
  db: Db,
  userId: string,
  objected: boolean,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const { marketingObjectedAt } = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { marketingObjectedAt: true },
    });
    if ((marketingObjectedAt !== null) === objected) return { objectedAt: marketingObjectedAt };
    const user = await tx.user.update({
      where: { id: userId },
      data: { marketingObjectedAt: objected ? now : null },
      select: { marketingObjectedAt: true },
    });
    if (objected) {
      for (const purpose of MARKETING_PURPOSES)
        await recordConsent(tx, userId, purpose, false, "PRIVACY_CENTER", now);
    }
    await tx.auditEvent.create({
      data: {
        actorKind: "SEEKER",
        actorUserId: userId,
        action: objected ? "privacy.object_to_marketing" : "privacy.marketing_objection_lifted",
        targetKind: "user",
        targetId: userId,
        occurredAt: now,
      },
    });
    return { objectedAt: user.marketingObjectedAt };
  });
}

/** F7: one of the person's own consent events as a receipt; anyone else's is "not found". */
export async function consentReceipt(db: Db, userId: string, eventId: string) {
  const event = await db.consentEvent.findFirst({
    where: { id: eventId, userId },
    select: {
      id: true,
      purpose: true,
      granted: true,
      policyVersion: true,
      source: true,
      occurredAt: true,
      user: { select: { email: true } },
    },
  });
  if (!event) throw new AppError("NOT_FOUND", "There is no such consent record.");
  const { user, ...rest } = event;
  return { ...rest, purpose: rest.purpose as ConsentPurposeCode, email: user.email };
}
