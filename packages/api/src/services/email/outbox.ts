import type { Db, EmailCategory, Prisma } from "@tsunagu/db";
import type { AccountMailer, EmailLocale, InvitationReceivedEmail } from "@tsunagu/email";
import { defineJob, type JobQueue } from "@tsunagu/queue";
import { issueUnsubscribeToken, maySend } from "./preferences";

/**
 * N6, F8: mail that is not part of an interactive page goes through the outbox: the sender
 * writes an OutboundEmail row (one per idempotency key), the `jobs` worker queues a pg-boss job
 * per due row and the job sends it. A relay that is down leaves the row PENDING with a later
 * `availableAt` (backoff) and pg-boss retries; a worker stopped mid-way leaves the row for the
 * next one. Preferences and suppressions are checked when the mail goes out, not when queued.
 */

/** What the worker needs to render and send a template; absolute links only. */
export interface InvitationReceivedPayload {
  locale: EmailLocale;
  email: Omit<InvitationReceivedEmail, "expiresAt"> & { expiresAt: string };
  /** The unsubscribe page of the seeker app; the token is added at send time. */
  unsubscribeUrl: string;
}

export type OutboundTemplate = {
  template: "invitation-received";
  payload: InvitationReceivedPayload;
};

/** Attempts before a row is given up as FAILED (about a day with the backoff below). */
export const MAX_ATTEMPTS = 12;
/** How long one worker holds a row it is sending, so two workers never send it at once. */
const LEASE_MS = 2 * 60_000;

export function retryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 2 * 60 * 60_000);
}

/** Queues one mail; the same idempotency key queued again is the same row (returns its id). */
export async function queueEmail(
  db: Db,
  mail: OutboundTemplate & {
    userId: string | null;
    toAddress: string;
    category: EmailCategory;
    idempotencyKey: string;
  },
): Promise<string> {
  const row = await db.outboundEmail.upsert({
    where: { idempotencyKey: mail.idempotencyKey },
    create: {
      userId: mail.userId,
      toAddress: mail.toAddress,
      category: mail.category,
      template: mail.template,
      payload: mail.payload as unknown as Prisma.InputJsonValue,
      idempotencyKey: mail.idempotencyKey,
    },
    update: {},
    select: { id: true },
  });
  return row.id;
}

export type DeliveryOutcome = "sent" | "skipped" | "not-due" | "gone";

/**
 * Sends one queued mail at most once: the row is leased (compare-and-set on `availableAt`),
 * sent, then marked SENT. A failed send puts it back with a backoff and throws, so the pg-boss
 * job is retried too. Logs nothing personal.
 */
export async function deliverOutboundEmail(
  db: Db,
  mailer: Pick<AccountMailer, "sendInvitationReceived">,
  id: string,
  now = new Date(),
): Promise<DeliveryOutcome> {
  const row = await db.outboundEmail.findUnique({ where: { id } });
  if (!row) return "gone";
  if (row.status !== "PENDING" || row.availableAt > now) return "not-due";
  const leased = await db.outboundEmail.updateMany({
    where: { id, status: "PENDING", availableAt: row.availableAt },
    data: { availableAt: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 } },
  });
  if (leased.count === 0) return "not-due";

  if (
    !(await maySend(db, { userId: row.userId, address: row.toAddress, category: row.category }))
  ) {
    await db.outboundEmail.update({
      where: { id },
      data: { status: "FAILED", lastError: "unsubscribed-or-suppressed" },
    });
    return "skipped";
  }
  let sent = false;
  if (row.template === "invitation-received") {
    const payload = row.payload as unknown as InvitationReceivedPayload;
    const unsubscribe = row.userId
      ? {
          url: `${payload.unsubscribeUrl}?token=${await issueUnsubscribeToken(db, row.userId, row.category)}`,
        }
      : undefined;
    const result = await mailer.sendInvitationReceived(
      row.toAddress,
      payload.locale,
      { ...payload.email, expiresAt: new Date(payload.email.expiresAt) },
      unsubscribe,
    );
    sent = result.sent;
  } else {
    await db.outboundEmail.update({
      where: { id },
      data: { status: "FAILED", lastError: "unknown-template" },
    });
    return "skipped";
  }
  if (sent) {
    await db.outboundEmail.update({
      where: { id },
      data: { status: "SENT", sentAt: new Date(), lastError: null },
    });
    return "sent";
  }
  const attempts = row.attempts + 1;
  await db.outboundEmail.update({
    where: { id },
    data:
      attempts >= MAX_ATTEMPTS
        ? { status: "FAILED", lastError: "relay-unavailable" }
        : {
            availableAt: new Date(Date.now() + retryDelayMs(attempts)),
            lastError: "relay-unavailable",
          },
  });
  // The row id only: no address, no content.
  throw new Error(`Outbound email ${id} was not handed to the mail relay`);
}

/** Ids of the PENDING rows whose time has come, oldest first. */
export async function dueOutboundEmailIds(
  db: Db,
  now = new Date(),
  limit = 200,
): Promise<string[]> {
  const rows = await db.outboundEmail.findMany({
    where: { status: "PENDING", availableAt: { lte: now } },
    orderBy: { availableAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * The worker's side: `deliver` sends one row (pg-boss retries it with backoff); `queueDue`
 * queues a job per due row, keyed by the row's id, so polling often never doubles a send.
 */
export function outboundEmailJobs(db: Db, mailer: Pick<AccountMailer, "sendInvitationReceived">) {
  const deliver = defineJob<{ outboundEmailId: string }>({
    name: "outbound-email",
    retryLimit: 5,
    concurrency: 2,
    expireInSeconds: 120,
    run: async ({ outboundEmailId }) => {
      await deliverOutboundEmail(db, mailer, outboundEmailId);
    },
  });
  async function queueDue(queue: Pick<JobQueue, "send">): Promise<number> {
    let queued = 0;
    for (const outboundEmailId of await dueOutboundEmailIds(db)) {
      if (await queue.send(deliver, { outboundEmailId }, { singletonKey: outboundEmailId }))
        queued++;
    }
    return queued;
  }
  return { deliver, queueDue };
}
