import { randomBytes } from "node:crypto";
import { keyedHash, normaliseEmail } from "@tsunagu/auth";
import type { Db, EmailCategory } from "@tsunagu/db";
import { SEEKER_EMAIL_CATEGORIES, type SeekerEmailPreferences } from "@tsunagu/schemas/email";

/**
 * F8: what a category is when the person never chose. Invitations and alerts are what the
 * person signed up for and are on; newsletters and resume reminders are opt-in and off.
 * ACCOUNT mail (sign-up, reset, security notices) is always sent and has no setting.
 */
const DEFAULT_ON: Record<EmailCategory, boolean> = {
  ACCOUNT: true,
  INVITATIONS: true,
  JOB_ALERTS: true,
  SAVED_SEARCH_ALERTS: true,
  NEWSLETTER: false,
  MARKETING: false,
  RESUME_REMINDERS: false,
};

/** The same purpose delete-account.ts writes suppressions under. */
const SUPPRESSION_PURPOSE = "email-suppression";
const UNSUBSCRIBE_PURPOSE = "unsubscribe-token";

export function isDefaultOn(category: EmailCategory): boolean {
  return DEFAULT_ON[category];
}

/** F8: the seeker's choice per switchable category, defaults filled in. */
export async function loadSeekerEmailPreferences(
  db: Db,
  userId: string,
): Promise<SeekerEmailPreferences> {
  const rows = await db.emailPreference.findMany({
    where: { userId, category: { in: [...SEEKER_EMAIL_CATEGORIES] } },
    select: { category: true, enabled: true },
  });
  const chosen = new Map(rows.map((row) => [row.category, row.enabled]));
  return Object.fromEntries(
    SEEKER_EMAIL_CATEGORIES.map((category) => [
      category,
      chosen.get(category) ?? DEFAULT_ON[category],
    ]),
  ) as SeekerEmailPreferences;
}

/** F8: records the seeker's choice for every switchable category, in one transaction. */
export async function saveSeekerEmailPreferences(
  db: Db,
  userId: string,
  input: SeekerEmailPreferences,
): Promise<void> {
  await db.$transaction(
    SEEKER_EMAIL_CATEGORIES.map((category) =>
      db.emailPreference.upsert({
        where: { userId_category: { userId, category } },
        create: { userId, category, enabled: input[category] },
        update: { enabled: input[category] },
      }),
    ),
  );
}

/** The keyed hash an address is suppressed under (F7 deletion, bounces, complaints). */
export function suppressionHash(address: string): Uint8Array<ArrayBuffer> {
  return keyedHash(SUPPRESSION_PURPOSE, normaliseEmail(address));
}

/**
 * F8: checked at send time, not at queue time: whether a mail of this category may go to this
 * person now. ACCOUNT mail ignores preferences but not suppressions of the address.
 */
export async function maySend(
  db: Db,
  {
    userId,
    address,
    category,
  }: { userId: string | null; address: string; category: EmailCategory },
): Promise<boolean> {
  const suppressed = await db.emailSuppression.findUnique({
    where: { emailHash: suppressionHash(address) },
    select: { expiresAt: true },
  });
  if (suppressed && (suppressed.expiresAt === null || suppressed.expiresAt > new Date())) {
    return false;
  }
  if (category === "ACCOUNT" || !userId) return true;
  const preference = await db.emailPreference.findUnique({
    where: { userId_category: { userId, category } },
    select: { enabled: true },
  });
  return preference?.enabled ?? DEFAULT_ON[category];
}

function tokenHash(token: string): Uint8Array<ArrayBuffer> {
  return keyedHash(UNSUBSCRIBE_PURPOSE, token);
}

/**
 * F8: a fresh one-click unsubscribe token for one person and category. Only its keyed hash is
 * stored; the token itself lives in the mail's link and nowhere else.
 */
export async function issueUnsubscribeToken(
  db: Db,
  userId: string,
  category: EmailCategory,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.unsubscribeToken.create({ data: { userId, category, tokenHash: tokenHash(token) } });
  return token;
}

/** What a confirm page shows about a token: its category and whether it is already off. */
export async function describeUnsubscribeToken(
  db: Db,
  token: string,
): Promise<{ category: EmailCategory; unsubscribed: boolean } | null> {
  const row = await db.unsubscribeToken.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: { userId: true, category: true },
  });
  if (!row || row.category === "ACCOUNT") return null;
  const preference = await db.emailPreference.findUnique({
    where: { userId_category: { userId: row.userId, category: row.category } },
    select: { enabled: true },
  });
  return {
    category: row.category,
    unsubscribed: !(preference?.enabled ?? DEFAULT_ON[row.category]),
  };
}

/**
 * F8, RFC 8058: turns the token's category off for its person. Idempotent: a second POST (mail
 * clients and scanners repeat them) finds the category off already and changes nothing.
 * Returns the category, or null for a token that is unknown.
 */
export async function unsubscribeWithToken(
  db: Db,
  token: string,
): Promise<{ category: EmailCategory } | null> {
  const row = await db.unsubscribeToken.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: { id: true, userId: true, category: true, usedAt: true },
  });
  if (!row || row.category === "ACCOUNT") return null;
  await db.$transaction([
    db.emailPreference.upsert({
      where: { userId_category: { userId: row.userId, category: row.category } },
      create: { userId: row.userId, category: row.category, enabled: false },
      update: { enabled: false },
    }),
    db.unsubscribeToken.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: new Date() },
    }),
  ]);
  return { category: row.category };
}
