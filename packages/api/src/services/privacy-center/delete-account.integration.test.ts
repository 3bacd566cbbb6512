import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSession, keyedHash, normaliseEmail } from "@tsunagu/auth";
import { createDb } from "@tsunagu/db";
import { createCompany, createEmployerMember, createSeeker } from "@tsunagu/db/testing";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redactResume } from "@tsunagu/privacy";
import { resumeArb } from "@tsunagu/privacy/testing";
import fc from "fast-check";
import { AppError } from "../../errors";
import { forgetDeletedResumes } from "../candidates/forget-deleted";
import { RedactionCache } from "../candidates/redaction-cache";
import { LocalFileStore } from "../photos/file-store";
import { saveProfilePhoto } from "../photos/profile-photo";
import {
  deleteSeekerAccount,
  purgeExpiredRetention,
  RETENTION,
  subjectRefOf,
  SUPPRESSION_PURPOSE,
} from "./delete-account";

const db = createDb(process.env.DATABASE_URL!);
let dir: string;
let store: LocalFileStore;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tsunagu-deletion-"));
  store = new LocalFileStore(dir);
});
afterAll(async () => {
  await db.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const file of store.list()) keys.push(file.key);
  return keys;
}

/** A searchable seeker with a photo, a session and a company that saw the resume. */
async function seekerWithHistory() {
  const seeker = await createSeeker(db, { searchable: true });
  const photo = new Uint8Array(
    await sharp({ create: { width: 40, height: 40, channels: 3, background: "#3a7" } })
      .jpeg()
      .toBuffer(),
  );
  await saveProfilePhoto(db, store, seeker.user.id, photo);
  await createSession(db, { userId: seeker.user.id, audience: "SEEKER" });
  const { company } = await createCompany(db, { plan: "pro" });
  const { member } = await createEmployerMember(db, { companyId: company.id });
  const viewedAt = new Date(Date.now() - 86_400_000);
  await db.disclosureLedgerEntry.create({
    data: {
      profileId: seeker.profile.id,
      companyId: company.id,
      memberId: member.id,
      kind: "RESUME_VIEW",
      purpose: "candidate review",
      occurredAt: viewedAt,
    },
  });
  return { seeker, company, viewedAt };
}

describe("deleteSeekerAccount (F7)", () => {
  it("removes the person's rows, photo and sessions, queues the index delete, and keeps only dated, pseudonymous records", async () => {
    const { seeker, company, viewedAt } = await seekerWithHistory();
    const [photoKey] = await db.upload
      .findMany({ where: { ownerUserId: seeker.user.id }, select: { storageKey: true } })
      .then((rows) => rows.map((r) => r.storageKey));
    expect(await storedKeys()).toContain(photoKey);
    const now = new Date();

    const receipt = await deleteSeekerAccount(db, store, { userId: seeker.user.id, now });

    expect(await db.user.count({ where: { id: seeker.user.id } })).toBe(0);
    expect(await db.seekerProfile.count({ where: { id: seeker.profile.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: seeker.user.id } })).toBe(0);
    expect(await db.disclosureLedgerEntry.count({ where: { profileId: seeker.profile.id } })).toBe(
      0,
    );
    expect(await storedKeys()).not.toContain(photoKey);
    // The index document goes through the outbox, written in the deleting transaction.
    expect(
      await db.searchOutboxEvent.count({
        where: { aggregateId: seeker.profile.searchKey, reason: "profile.deleted" },
      }),
    ).toBeGreaterThan(0);

    // What stays: the APPI provision record, without the person, with its expiry.
    const subjectRef = subjectRefOf(seeker.user.email);
    expect(subjectRef).not.toContain(seeker.user.email);
    const records = await db.provisionRecord.findMany({ where: { subjectRef } });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      companyId: company.id,
      companyName: company.name,
      kind: "RESUME_VIEW",
      purpose: "candidate review",
    });
    const provisionUntil = new Date(viewedAt);
    provisionUntil.setUTCFullYear(
      provisionUntil.getUTCFullYear() + RETENTION.provisionRecordsYears,
    );
    expect(records[0]!.retainUntil).toEqual(provisionUntil);
    // The evidence of the request, done at once.
    const request = await db.dataSubjectRequest.findFirstOrThrow({ where: { subjectRef } });
    expect(request).toMatchObject({
      kind: "DELETION",
      status: "COMPLETED",
      userId: null,
      completedAt: now,
    });
    expect(request.retainUntil!.getUTCFullYear()).toBe(
      now.getUTCFullYear() + RETENTION.evidenceYears,
    );
    expect(JSON.stringify(request.evidence)).not.toContain(seeker.user.email);
    // The address only as a keyed hash, so mail to it stays suppressed.
    const suppression = await db.emailSuppression.findUniqueOrThrow({
      where: { emailHash: keyedHash(SUPPRESSION_PURPOSE, normaliseEmail(seeker.user.email)) },
    });
    expect(suppression.reason).toBe("ACCOUNT_DELETED");
    expect(receipt).toMatchObject({
      email: seeker.user.email,
      removed: { sessions: 1, files: 1, disclosures: 1 },
      kept: { provisionRecords: 1, provisionUntil, suppressionUntil: suppression.expiresAt },
    });
  });

  it("lets the retention job delete what was kept once its time is up, and not before", async () => {
    const { seeker } = await seekerWithHistory();
    const now = new Date();
    const receipt = await deleteSeekerAccount(db, store, { userId: seeker.user.id, now });
    const subjectRef = subjectRefOf(seeker.user.email);
    const emailHash = keyedHash(SUPPRESSION_PURPOSE, normaliseEmail(seeker.user.email));

    await purgeExpiredRetention(db, new Date(now.getTime() + 86_400_000));
    expect(await db.provisionRecord.count({ where: { subjectRef } })).toBe(1);
    expect(await db.dataSubjectRequest.count({ where: { subjectRef } })).toBe(1);
    expect(await db.emailSuppression.count({ where: { emailHash } })).toBe(1);

    await purgeExpiredRetention(db, receipt.kept.evidenceUntil);
    expect(await db.provisionRecord.count({ where: { subjectRef } })).toBe(0);
    expect(await db.dataSubjectRequest.count({ where: { subjectRef } })).toBe(0);
    expect(await db.emailSuppression.count({ where: { emailHash } })).toBe(1);

    await purgeExpiredRetention(db, receipt.kept.suppressionUntil);
    expect(await db.emailSuppression.count({ where: { emailHash } })).toBe(0);
  });

  it("refuses an employer account, which this page does not delete", async () => {
    const { company } = await createCompany(db, { plan: "free" });
    const { user } = await createEmployerMember(db, { companyId: company.id });
    await expect(deleteSeekerAccount(db, store, { userId: user.id })).rejects.toBeInstanceOf(
      AppError,
    );
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("drops the deleted resume's redacted projections from every listening server's cache", async () => {
    const cache = new RedactionCache();
    const listener = await forgetDeletedResumes(process.env.DATABASE_URL!, cache);
    try {
      const gone = await createSeeker(db, { searchable: true });
      const stays = await createSeeker(db, { searchable: true });
      const now = new Date();
      for (const seeker of [gone, stays]) {
        cache.set(
          seeker.profile.searchKey,
          `fingerprint-${seeker.profile.id}`,
          now,
          redactResume(fc.sample(resumeArb, { numRuns: 1, seed: 5 })[0]!.resume, now),
        );
      }

      await deleteSeekerAccount(db, store, { userId: gone.user.id });
      const deadline = Date.now() + 5_000;
      while (cache.held(gone.profile.searchKey) > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(cache.held(gone.profile.searchKey)).toBe(0);
      expect(cache.held(stays.profile.searchKey)).toBe(1);
    } finally {
      await listener.stop();
    }
  });
});
