import type { Db } from "@tsunagu/db";
import type { EmailLocale } from "@tsunagu/email";
import type { PublicJobDocument } from "@tsunagu/privacy";
import { prefectures } from "@tsunagu/vocab";
import type { Index } from "meilisearch";
import { queueEmail } from "../email/outbox";
import { maySend } from "../email/preferences";
import { searchPublicJobs } from "../jobs/search-public-jobs";
import { alertFiltersOf, jobSearchParams } from "./job-alerts";

/** Links into the seeker app: the jobs, the search, the alerts page and the unsubscribe page. */
export interface JobAlertLinks {
  seekerLink(path: string): string;
}

const PERIOD_MS = { DAILY: 24 * 60 * 60 * 1000, WEEKLY: 7 * 24 * 60 * 60 * 1000 } as const;

/**
 * How far behind the index may be: a window ends this long before the run, so a job published
 * just before it but not yet indexed falls into the next window instead of none.
 */
export const INDEX_LAG_MS = 5 * 60 * 1000;

/** Jobs listed in the mail; the count covers the rest, the search link shows them all. */
export const ALERT_JOBS_LISTED = 10;

export type JobAlertOutcome =
  | { sent: true; newJobs: number }
  | {
      sent: false;
      reason: "gone" | "not-due" | "no-recipient" | "no-consent" | "nothing-new" | "unsubscribed";
    };

/**
 * Whether an alert of this frequency is due at `now`: a period after its last mail, or after
 * it was saved (the first mail covers the jobs published since then).
 */
export function isJobAlertDue(
  frequency: "OFF" | "DAILY" | "WEEKLY",
  since: Date,
  now: Date,
): boolean {
  if (frequency === "OFF") return false;
  return now.getTime() - since.getTime() >= PERIOD_MS[frequency];
}

/** Job alerts whose period has passed, the longest waiting first. */
export async function dueJobAlertIds(db: Db, now = new Date(), limit = 500): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id
    FROM job_alerts a
    WHERE a.frequency <> 'OFF'
      AND COALESCE(a.last_sent_at, a.created_at) <= ${now}::timestamptz - CASE
        WHEN a.frequency = 'DAILY' THEN interval '1 day' ELSE interval '7 days' END
    ORDER BY COALESCE(a.last_sent_at, a.created_at), a.id
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** A job's place in the mail's language: jobs store the prefecture's English name (or "Remote"). */
function placeName(location: string, locale: EmailLocale): string {
  const code = prefectures.codes.find((c) => prefectures.label(c, "en") === location);
  return code ? prefectures.label(code, locale) : location;
}

/** Whether the seeker's latest word on the JOB_ALERTS purpose is a withdrawal (F7). */
async function withdrewJobAlertsConsent(db: Db, userId: string): Promise<boolean> {
  const latest = await db.consentEvent.findFirst({
    where: { userId, purpose: "JOB_ALERTS" },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    select: { granted: true },
  });
  return latest?.granted === false;
}

/**
 * F8: one job alert's run. Finds the public jobs published in its window (after the last
 * window's end, or the alert's creation, up to a few minutes ago: INDEX_LAG_MS) that match its search, through the search the /jobs page uses:
 * every hit is read again from PostgreSQL, so a job closed, expired, of a private recruiting
 * area or of a suspended company is never mailed. Queues one mail through the outbox, which
 * checks the seeker's preference and suppressions again when it sends.
 *
 * Idempotent: the window moves to its end (lastSentAt) with a compare-and-set in the same transaction that
 * queues the mail (keyed by the alert and the window's end), so a second run finds nothing due
 * and a retried run queues the same row. The window moves also when nothing is new, and when
 * the seeker may not be written to (consent withdrawn, processing restricted, unsubscribed):
 * a later mail never brings back what was not sent then.
 */
export async function runJobAlert(
  db: Db,
  links: JobAlertLinks,
  jobAlertId: string,
  options: { now?: Date; index?: Index<PublicJobDocument> } = {},
): Promise<JobAlertOutcome> {
  const now = options.now ?? new Date();
  const alert = await db.jobAlert.findUnique({
    where: { id: jobAlertId },
    select: {
      id: true,
      name: true,
      query: true,
      filters: true,
      frequency: true,
      lastSentAt: true,
      createdAt: true,
      profile: {
        select: {
          user: {
            select: {
              id: true,
              email: true,
              locale: true,
              status: true,
              processingRestrictedAt: true,
            },
          },
        },
      },
    },
  });
  if (!alert) return { sent: false, reason: "gone" };
  const since = alert.lastSentAt ?? alert.createdAt;
  if (!isJobAlertDue(alert.frequency, since, now)) return { sent: false, reason: "not-due" };
  const until = new Date(Math.max(since.getTime(), now.getTime() - INDEX_LAG_MS));
  const user = alert.profile.user;

  const skip = await (async (): Promise<JobAlertOutcome | null> => {
    if (user.status !== "ACTIVE" || user.processingRestrictedAt) {
      return { sent: false, reason: "no-recipient" };
    }
    if (await withdrewJobAlertsConsent(db, user.id)) return { sent: false, reason: "no-consent" };
    if (!(await maySend(db, { userId: user.id, address: user.email, category: "JOB_ALERTS" }))) {
      return { sent: false, reason: "unsubscribed" };
    }
    return null;
  })();

  const filters = alertFiltersOf(alert.filters);
  const found = skip
    ? null
    : await searchPublicJobs(
        db,
        { query: alert.query, filters, sort: "recent", pageSize: 50 },
        { index: options.index, published: { from: since, until } },
      );
  const newJobs = found
    ? Math.max(found.jobs.length, found.estimatedTotalHits - found.droppedAsIndexLag)
    : 0;

  const locale = user.locale.toLowerCase() as EmailLocale;
  return db.$transaction(async (tx) => {
    // Compare-and-set: only the run that still sees the window it read moves it and mails.
    const claimed = await tx.jobAlert.updateMany({
      where: { id: alert.id, lastSentAt: alert.lastSentAt },
      data: { lastSentAt: until },
    });
    if (claimed.count === 0) return { sent: false, reason: "not-due" } as const;
    if (skip) return skip;
    if (!found || found.jobs.length === 0) return { sent: false, reason: "nothing-new" } as const;
    const searchParams = jobSearchParams(alert.query, filters);
    searchParams.set("sort", "recent");
    await queueEmail(tx, {
      template: "job-alert",
      userId: user.id,
      toAddress: user.email,
      category: "JOB_ALERTS",
      idempotencyKey: `job-alert:${alert.id}:${until.toISOString()}`,
      payload: {
        locale,
        email: {
          kind: "job-alert",
          alertName: alert.name,
          newJobs,
          jobs: found.jobs.slice(0, ALERT_JOBS_LISTED).map((job) => ({
            title: job.title,
            companyName: job.companyName,
            location: placeName(job.location, locale),
            link: links.seekerLink(`/jobs/${job.id}`),
          })),
          searchLink: links.seekerLink(`/jobs?${searchParams.toString()}`),
          manageLink: links.seekerLink("/jobs/alerts"),
        },
        unsubscribeUrl: links.seekerLink("/unsubscribe"),
      },
    });
    return { sent: true, newJobs } as const;
  });
}
