import { keyedHash, keyedHashHex, normaliseEmail } from "@tsunagu/auth";
import type { Db } from "@tsunagu/db";
import { announceResumeForgotten } from "../candidates/forget-deleted";
import { AppError } from "../../errors";
import type { FileStore } from "../photos/file-store";

/**
 * What stays after an account is deleted, for how long and why (F7, R6). The deletion page and
 * the confirmation email state the same figures.
 */
export const RETENTION = {
  /** APPI art. 29/30: records of provision to third parties, generally three years. */
  provisionRecordsYears: 3,
  /** Evidence that the deletion was carried out, for as long as it could be questioned. */
  evidenceYears: 3,
  /** The keyed hash of the address, so that no mail of ours reaches it again. */
  suppressionYears: 5,
} as const;

/** Deletion requests are done at once; the 72-hour promise is what the record shows as due. */
const DELETION_DUE_HOURS = 72;

/** Purposes of the keyed hashes: a subject reference and a mail suppression never match. */
export const SUBJECT_REF_PURPOSE = "data-subject-ref";
export const SUPPRESSION_PURPOSE = "email-suppression";

export interface DeletionReceipt {
  requestId: string;
  deletedAt: Date;
  /** Where the confirmation goes: the address is no longer held anywhere else. */
  email: string;
  locale: "EN" | "VI" | "JA";
  removed: {
    applications: number;
    invitations: number;
    consentEvents: number;
    disclosures: number;
    sessions: number;
    files: number;
  };
  kept: {
    provisionRecords: number;
    /** The latest expiry among them; null when none was kept. */
    provisionUntil: Date | null;
    evidenceUntil: Date;
    suppressionUntil: Date;
  };
}

const addYears = (date: Date, years: number) => {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
};

/** The pseudonymous reference a deletion's evidence and provision records are filed under. */
export const subjectRefOf = (email: string) =>
  keyedHashHex(SUBJECT_REF_PURPOSE, normaliseEmail(email));

/**
 * F7 "Delete my account", for a seeker who has re-authenticated: every row of the person goes
 * in one transaction (the cascade; the profile's outbox trigger queues the index delete, queued
 * mail goes with the user row), then the stored files. What stays is pseudonymous, out of every
 * company's reach and dated: the provision records APPI requires, the evidence that the request
 * was carried out, and a keyed hash of the address so suppressed mail stays suppressed.
 */
export async function deleteSeekerAccount(
  db: Db,
  store: FileStore,
  { userId, now = new Date() }: { userId: string; now?: Date },
): Promise<DeletionReceipt> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      kind: true,
      email: true,
      locale: true,
      uploads: { select: { storageKey: true } },
      _count: { select: { sessions: true, consentEvents: true } },
      seekerProfile: {
        select: {
          id: true,
          searchKey: true,
          _count: { select: { applications: true, invitations: true } },
          disclosures: {
            select: {
              companyId: true,
              kind: true,
              purpose: true,
              occurredAt: true,
              company: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "There is no such account.");
  if (user.kind !== "SEEKER") {
    throw new AppError("FORBIDDEN", "Only a seeker account can be deleted here.");
  }

  const subjectRef = subjectRefOf(user.email);
  const provisions = (user.seekerProfile?.disclosures ?? [])
    .map((entry) => ({
      subjectRef,
      companyId: entry.companyId,
      companyName: entry.company.name,
      kind: entry.kind,
      purpose: entry.purpose,
      occurredAt: entry.occurredAt,
      retainUntil: addYears(entry.occurredAt, RETENTION.provisionRecordsYears),
    }))
    .filter((record) => record.retainUntil > now);
  const evidenceUntil = addYears(now, RETENTION.evidenceYears);
  const suppressionUntil = addYears(now, RETENTION.suppressionYears);
  const removed = {
    applications: user.seekerProfile?._count.applications ?? 0,
    invitations: user.seekerProfile?._count.invitations ?? 0,
    consentEvents: user._count.consentEvents,
    disclosures: user.seekerProfile?.disclosures.length ?? 0,
    sessions: user._count.sessions,
    files: user.uploads.length,
  };

  const request = await db.$transaction(async (tx) => {
    await tx.provisionRecord.createMany({ data: provisions });
    const emailHash = keyedHash(SUPPRESSION_PURPOSE, normaliseEmail(user.email));
    await tx.emailSuppression.upsert({
      where: { emailHash },
      create: { emailHash, reason: "ACCOUNT_DELETED", expiresAt: suppressionUntil },
      update: { reason: "ACCOUNT_DELETED", expiresAt: suppressionUntil },
    });
    const created = await tx.dataSubjectRequest.create({
      data: {
        subjectRef,
        kind: "DELETION",
        status: "COMPLETED",
        receivedAt: now,
        dueAt: new Date(now.getTime() + DELETION_DUE_HOURS * 3_600_000),
        completedAt: now,
        retainUntil: evidenceUntil,
        evidence: {
          by: "self-service",
          removed,
          searchIndex: "delete queued through the outbox in the same transaction",
          kept: { provisionRecords: provisions.length },
        },
      },
      select: { id: true },
    });
    await tx.user.delete({ where: { id: user.id } });
    // Every server holding its redacted projection in memory drops it as this commits.
    if (user.seekerProfile) await announceResumeForgotten(tx, user.seekerProfile.searchKey);
    return created;
  });

  // The rows are gone; the files follow. One the store cannot delete now is an orphan, which
  // removeOrphanFiles sweeps, so a store outage never undoes the deletion.
  let filesRemoved = 0;
  for (const { storageKey } of user.uploads) {
    try {
      await store.delete(storageKey);
      filesRemoved += 1;
    } catch {
      // Left for the orphan sweep.
    }
  }
  if (filesRemoved !== user.uploads.length) {
    await db.dataSubjectRequest.update({
      where: { id: request.id },
      data: { evidence: { by: "self-service", removed, filesLeftForSweep: true } },
    });
  }

  return {
    requestId: request.id,
    deletedAt: now,
    email: user.email,
    locale: user.locale,
    removed,
    kept: {
      provisionRecords: provisions.length,
      provisionUntil: provisions.reduce<Date | null>(
        (latest, p) => (latest && latest > p.retainUntil ? latest : p.retainUntil),
        null,
      ),
      evidenceUntil,
      suppressionUntil,
    },
  };
}

/** The deletion was confirmed to the person by email (R6): the evidence says when. */
export async function markDeletionNotified(db: Db, requestId: string, at = new Date()) {
  await db.dataSubjectRequest.update({ where: { id: requestId }, data: { notifiedAt: at } });
}

/**
 * The retention job: what was kept after a deletion is removed once its time is up (provision
 * records, deletion evidence, suppressed-address hashes). Returns how many rows of each went.
 */
export async function purgeExpiredRetention(db: Db, now = new Date()) {
  const [provisionRecords, requests, suppressions] = await db.$transaction([
    db.provisionRecord.deleteMany({ where: { retainUntil: { lte: now } } }),
    db.dataSubjectRequest.deleteMany({ where: { retainUntil: { lte: now } } }),
    db.emailSuppression.deleteMany({ where: { expiresAt: { lte: now } } }),
  ]);
  return {
    provisionRecords: provisionRecords.count,
    requests: requests.count,
    suppressions: suppressions.count,
  };
}
