import type { Db, EmailCategory, Prisma } from "@tsunagu/db";
import type {
  AccountEmail,
  AccountMailer,
  EmailLocale,
  InvitationReceivedEmail,
  JobAlertEmail,
  SavedSearchAlertEmail,
} from "@tsunagu/email";
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

/** F8: one job alert's mail, rendered when sent; the unsubscribe token is issued then too. */
export interface JobAlertPayload {
  locale: EmailLocale;
  email: JobAlertEmail;
  /** The unsubscribe page of the seeker app; the token is added at send time. */
  unsubscribeUrl: string;
}

/** An account email (verification, reset, notices) as stored: its dates as ISO strings. */
export interface AccountEmailPayload {
  locale: EmailLocale;
  email: StoredAccountEmail;
  /** The data-subject request whose outcome this mail tells (R6): marked notified once sent. */
  outcomeOf?: string;
}

/** A value as JSON keeps it: a Date becomes `{ $date: iso }` and is revived when sent. */
type Stored<T> = T extends Date
  ? { $date: string }
  : T extends readonly (infer Item)[]
    ? Stored<Item>[]
    : T extends object
      ? { [K in keyof T]: Stored<T[K]> }
      : T;
type StoredAccountEmail = Stored<AccountEmail>;

export function storeDates<T>(value: T): Stored<T> {
  if (value instanceof Date) return { $date: value.toISOString() } as Stored<T>;
  if (Array.isArray(value)) return value.map((item) => storeDates(item)) as Stored<T>;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, storeDates(item)]),
    ) as Stored<T>;
  }
  return value as Stored<T>;
}

export function reviveDates<T>(value: Stored<T>): T {
  if (Array.isArray(value)) return value.map((item) => reviveDates(item)) as T;
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === "$date" && typeof entries[0]![1] === "string") {
      return new Date(entries[0]![1]) as T;
    }
    return Object.fromEntries(entries.map(([key, item]) => [key, reviveDates(item)])) as T;
  }
  return value as T;
}

/** F12: an employer member's saved-search alert; the unsubscribe token is issued at send time. */
export interface SavedSearchAlertPayload {
  locale: EmailLocale;
  email: SavedSearchAlertEmail;
  /** The employer app's unsubscribe page. */
  unsubscribeUrl: string;
}

export type OutboundTemplate =
  | { template: "invitation-received"; payload: InvitationReceivedPayload }
  | { template: "saved-search-alert"; payload: SavedSearchAlertPayload }
  | { template: "job-alert"; payload: JobAlertPayload }
  | { template: "account"; payload: AccountEmailPayload };

/** The mailer calls the outbox makes: one per template family. */
export type OutboxMailer = Pick<
  AccountMailer,
  "send" | "sendInvitationReceived" | "sendJobAlert" | "sendSavedSearchAlert"
>;

type Row = { userId: string | null; category: EmailCategory; toAddress: string };

/** A fresh one-click unsubscribe link for the row's person and category (F8, RFC 8058). */
async function unsubscribeLink(db: Db, row: Row, unsubscribeUrl: string) {
  if (!row.userId) return undefined;
  return {
    url: `${unsubscribeUrl}?token=${await issueUnsubscribeToken(db, row.userId, row.category)}`,
  };
}

/**
 * How each template is sent. `alwaysSend`: mail that goes out even to a suppressed address —
 * only the confirmation of a deletion, whose address was suppressed by that very deletion.
 */
const TEMPLATES: {
  [T in OutboundTemplate["template"]]: {
    send(
      db: Db,
      mailer: OutboxMailer,
      row: Row,
      payload: Extract<OutboundTemplate, { template: T }>["payload"],
    ): Promise<{ sent: boolean }>;
    alwaysSend?(payload: Extract<OutboundTemplate, { template: T }>["payload"]): boolean;
    /** Runs once the relay has taken the mail. */
    afterSent?(
      db: Db,
      payload: Extract<OutboundTemplate, { template: T }>["payload"],
    ): Promise<void>;
  };
} = {
  "invitation-received": {
    async send(db, mailer, row, payload) {
      const unsubscribe = await unsubscribeLink(db, row, payload.unsubscribeUrl);
      return mailer.sendInvitationReceived(
        row.toAddress,
        payload.locale,
        { ...payload.email, expiresAt: new Date(payload.email.expiresAt) },
        unsubscribe,
      );
    },
  },
  "saved-search-alert": {
    async send(db, mailer, row, payload) {
      const unsubscribe = await unsubscribeLink(db, row, payload.unsubscribeUrl);
      return mailer.sendSavedSearchAlert(row.toAddress, payload.locale, payload.email, unsubscribe);
    },
  },
  "job-alert": {
    async send(db, mailer, row, payload) {
      const unsubscribe = await unsubscribeLink(db, row, payload.unsubscribeUrl);
      return mailer.sendJobAlert(row.toAddress, payload.locale, payload.email, unsubscribe);
    },
  },
  account: {
    send: (_db, mailer, row, payload) =>
      mailer.send(row.toAddress, payload.locale, reviveDates<AccountEmail>(payload.email)),
    alwaysSend: (payload) => payload.email.kind === "account-deleted",
    async afterSent(db, payload) {
      if (!payload.outcomeOf) return;
      await db.dataSubjectRequest.updateMany({
        where: { id: payload.outcomeOf },
        data: { notifiedAt: new Date() },
      });
    },
  },
};

function isTemplate(name: string): name is OutboundTemplate["template"] {
  return Object.hasOwn(TEMPLATES, name);
}

/** Attempts before a row is given up as FAILED (about a day with the backoff below). */
export const MAX_ATTEMPTS = 12;
/** How long one worker holds a row it is sending, so two workers never send it at once. */
const LEASE_MS = 2 * 60_000;

export function retryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 2 * 60 * 60_000);
}

/**
 * Queues one mail; the same idempotency key queued again is the same row (returns its id).
 * Takes a transaction too, so a job can queue its mail with the change that calls for it.
 */
export async function queueEmail(
  db: Pick<Db, "outboundEmail">,
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

/**
 * What a row keeps once it is settled: not its content (links with one-time tokens, names), and
 * no address that belongs to no account (the confirmation of a deletion) — only that a mail of
 * this template and category went, when, and its key.
 */
function forgotten(row: { userId: string | null }) {
  return { payload: {}, ...(row.userId ? {} : { toAddress: "" }) };
}

export type DeliveryOutcome = "sent" | "skipped" | "not-due" | "gone";

/**
 * Sends one queued mail at most once: the row is leased (compare-and-set on `availableAt`),
 * sent, then marked SENT. A failed send puts it back with a backoff and throws, so the pg-boss
 * job is retried too. Logs nothing personal.
 */
export async function deliverOutboundEmail(
  db: Db,
  mailer: OutboxMailer,
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

  if (!isTemplate(row.template)) {
    await db.outboundEmail.update({
      where: { id },
      data: { status: "FAILED", lastError: "unknown-template", payload: {} },
    });
    return "skipped";
  }
  const template = TEMPLATES[row.template] as (typeof TEMPLATES)["account"];
  const payload = row.payload as unknown as AccountEmailPayload;
  const always = template.alwaysSend?.(payload) ?? false;
  if (!always && !(await maySend(db, { ...row, address: row.toAddress }))) {
    await db.outboundEmail.update({
      where: { id },
      data: { status: "FAILED", lastError: "unsubscribed-or-suppressed", ...forgotten(row) },
    });
    return "skipped";
  }
  const { sent } = await template.send(db, mailer, row, payload);
  if (sent) {
    await db.outboundEmail.update({
      where: { id },
      data: { status: "SENT", sentAt: new Date(), lastError: null, ...forgotten(row) },
    });
    await template.afterSent?.(db, payload);
    return "sent";
  }
  const attempts = row.attempts + 1;
  await db.outboundEmail.update({
    where: { id },
    data:
      attempts >= MAX_ATTEMPTS
        ? { status: "FAILED", lastError: "relay-unavailable", ...forgotten(row) }
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
export function outboundEmailJobs(db: Db, mailer: OutboxMailer) {
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
