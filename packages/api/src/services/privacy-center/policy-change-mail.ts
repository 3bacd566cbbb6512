import { Prisma, type Db } from "@tsunagu/db";
import type { EmailLocale } from "@tsunagu/email";
import {
  consentsDueForReview,
  lastChangeOf,
  policyVersion,
  POLICY_VERSIONS,
} from "@tsunagu/schemas/policy";
import { CONSENT_PURPOSES, type ConsentPurposeCode } from "@tsunagu/schemas/privacy";
import { defineJob } from "@tsunagu/queue";
import { queueEmail, storeDates } from "../email/outbox";

/** How often the sweep looks for people to tell; a new version reaches them within this long. */
export const POLICY_CHANGE_SWEEP_CRON = "23 * * * *";

/** Links into the seeker app, where the review and the policy are. */
export interface PolicyChangeLinks {
  seekerLink(path: string): string;
}

/** A version applies from its effective day in Japan: "2026-12-01" means 2026-12-01T00:00+09:00. */
function inForce(effectiveOn: string, now: Date): boolean {
  return new Date(`${effectiveOn}T00:00:00+09:00`) <= now;
}

/**
 * R7 by email: everyone with a consent that a version in force changed since they gave it gets
 * one mail per version asking them to review it — the same question the sign-in asks. The
 * idempotency key is the person and the newest version concerned, so the sweep can run as often
 * as it likes: a person is written to once per version, and again only if a later version
 * changes something they agreed to. Returns how many mails were newly queued.
 */
export async function queuePolicyChangeMail(
  db: Db,
  links: PolicyChangeLinks,
  now = new Date(),
): Promise<number> {
  const changed = CONSENT_PURPOSES.flatMap((purpose) => {
    const version = lastChangeOf(purpose);
    const entry = version ? policyVersion(version) : undefined;
    return entry && inForce(entry.effectiveOn, now) ? [{ purpose, version: entry.version }] : [];
  });
  if (changed.length === 0) return 0;

  // The latest event per person and purpose, for the purposes concerned: granted under an older
  // version means "to review". One indexed scan; people who answered have a newer event.
  const rows = await db.$queryRaw<
    {
      userId: string;
      purpose: ConsentPurposeCode;
      policyVersion: string;
      locale: string;
      email: string;
    }[]
  >`
    SELECT latest.user_id AS "userId", latest.purpose::text AS purpose,
           latest.policy_version AS "policyVersion", u.locale::text AS locale, u.email
    FROM (
      SELECT DISTINCT ON (user_id, purpose) user_id, purpose, granted, policy_version
      FROM consent_events
      WHERE purpose::text IN (${Prisma.join(changed.map((entry) => entry.purpose))})
      ORDER BY user_id, purpose, occurred_at DESC, id DESC
    ) latest
    JOIN users u ON u.id = latest.user_id
    WHERE latest.granted AND u.status = 'ACTIVE'`;

  const byUser = new Map<string, { locale: EmailLocale; email: string; latest: typeof rows }>();
  for (const row of rows) {
    const entry = byUser.get(row.userId) ?? {
      locale: row.locale.toLowerCase() as EmailLocale,
      email: row.email,
      latest: [],
    };
    entry.latest.push(row);
    byUser.set(row.userId, entry);
  }

  let queued = 0;
  for (const [userId, person] of byUser) {
    const due = consentsDueForReview(
      person.latest.map((row) => ({ ...row, granted: true })),
    ).filter((entry) => changed.some((c) => c.version === entry.changedIn));
    if (due.length === 0) continue;
    const newest = due
      .map((entry) => entry.changedIn)
      .sort()
      .at(-1)!;
    // Every version since the oldest agreement that changed one of these purposes, oldest first.
    const oldest = due.map((entry) => entry.grantedUnder).sort()[0]!;
    const versions = POLICY_VERSIONS.filter(
      (entry) =>
        entry.version > oldest &&
        entry.version <= newest &&
        entry.changedPurposes.some((purpose) => due.some((d) => d.purpose === purpose)),
    );
    const key = `policy-changed:${newest}:${userId}`;
    const existing = await db.outboundEmail.findUnique({
      where: { idempotencyKey: key },
      select: { id: true },
    });
    if (existing) continue;
    await queueEmail(db, {
      userId,
      toAddress: person.email,
      category: "ACCOUNT",
      idempotencyKey: key,
      template: "account",
      payload: {
        locale: person.locale,
        email: storeDates({
          kind: "policy-changed",
          effectiveOn: policyVersion(newest)!.effectiveOn,
          changes: versions.flatMap((entry) => entry.text[person.locale].changes),
          reviewLink: links.seekerLink("/privacy/review"),
          policyLink: links.seekerLink("/privacy-policy"),
        }),
      },
    });
    queued++;
  }
  return queued;
}

/** The scheduled sweep behind `queuePolicyChangeMail` (the outbox sends what it queues). */
export function policyChangeMailJob(db: Db, links: PolicyChangeLinks) {
  return defineJob<Record<string, never>>({
    name: "policy-change-mail-sweep",
    schedule: { cron: POLICY_CHANGE_SWEEP_CRON, data: {} },
    retryLimit: 2,
    run: async () => {
      await queuePolicyChangeMail(db, links);
    },
  });
}
