import type { Db } from "@tsunagu/db";
import type { EmailLocale } from "@tsunagu/email";
import type { RedactedResume } from "@tsunagu/privacy";
import { callerExclusionTokens, resumeIndex } from "@tsunagu/search";
import { resumeSearchToParams } from "@tsunagu/search/params";
import type { Index } from "meilisearch";
import { AppError } from "../../errors";
import { deliverOutboundEmail, queueEmail, type OutboxMailer } from "../email/outbox";
import { maySend } from "../email/preferences";
import { requireResumeSearchPlan } from "../candidates/entitlements";
import {
  candidateSearchParams,
  findCandidatesInput,
  recheckedCandidates,
} from "../candidates/find-candidates";
import { viewerEmailDomain } from "../candidates/viewer";
import { savedSearchOf } from "./saved-searches";

/** How the alert job reaches the member: the mail relay, and links into the employer app. */
export interface SavedSearchAlertMail {
  /** Sends the queued mail at once; without it the outbox's worker does. */
  mailer?: OutboxMailer;
  /** An absolute link to a page of the employer app, e.g. "/search?q=welder". */
  employerLink(path: string): string;
}

const PERIOD_MS = { DAILY: 24 * 60 * 60 * 1000, WEEKLY: 7 * 24 * 60 * 60 * 1000 } as const;

/** Hits read per search request while collecting new matches. */
const SCAN_PAGE = 50;
/** At most this many hits are looked at per alert, whatever the plan's cap (the index's own). */
const MAX_SCANNED = 1000;
/** Headlines listed in the mail; the count covers the rest. */
export const ALERT_HEADLINES = 5;

export type SavedSearchAlertOutcome =
  | { sent: true; newMatches: number }
  | {
      sent: false;
      reason: "gone" | "not-due" | "no-plan" | "no-recipient" | "nothing-new" | "unsubscribed";
    };

/** Whether an alert of this frequency, last checked at `last`, is due at `now`. */
export function isAlertDue(frequency: "OFF" | "DAILY" | "WEEKLY", last: Date | null, now: Date) {
  if (frequency === "OFF") return false;
  return last === null || now.getTime() - last.getTime() >= PERIOD_MS[frequency];
}

/**
 * Saved searches whose alert is due, of companies whose plan includes resume search now (the
 * per-search run checks the plan again, with everything else employer search checks).
 */
export async function dueSavedSearchIds(db: Db, now = new Date(), limit = 500): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id::text AS id
    FROM saved_searches s
    JOIN companies c ON c.id = s.company_id AND c.status = 'ACTIVE'
    JOIN subscriptions sub ON sub.company_id = c.id
      AND sub.status = 'ACTIVE' AND sub.current_period_end > ${now}
    JOIN plans p ON p.id = sub.plan_id AND p.resume_search
    WHERE s.alert_frequency <> 'OFF'
      AND (s.last_alerted_at IS NULL OR s.last_alerted_at <= ${now}::timestamptz - CASE
        WHEN s.alert_frequency = 'DAILY' THEN interval '1 day' ELSE interval '7 days' END)
    ORDER BY s.last_alerted_at NULLS FIRST, s.id
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/**
 * F12: one saved search's email alert. Finds the resumes that match it and changed (became
 * searchable or were updated) since the alert last ran, through employer search's own path:
 * the company's exclusions inside the search (R10), every hit re-checked against the database
 * and rebuilt from the redacted projection (R4, R2). A seeker who blocked the company or went
 * PRIVATE is therefore never counted or named. It is not metered: the member's search quota is
 * for searches they run. When the company's plan no longer includes search, nothing is sent.
 *
 * Idempotent: the alert's clock (lastAlertedAt) moves to `now` with a compare-and-set before the
 * mail goes out, so a second run (a retry, a duplicate job) finds nothing due and sends nothing.
 * The clock moves also when nothing is new, so each check covers the time since the last one.
 * The mail goes through the outbox (F8): queued with the clock's move, sent once, retried
 * with backoff while the relay is down.
 */
export async function runSavedSearchAlert(
  db: Db,
  mail: SavedSearchAlertMail,
  savedSearchId: string,
  options: { now?: Date; index?: Index<RedactedResume> } = {},
): Promise<SavedSearchAlertOutcome> {
  const now = options.now ?? new Date();
  const saved = await db.savedSearch.findUnique({
    where: { id: savedSearchId },
    select: {
      id: true,
      companyId: true,
      memberId: true,
      name: true,
      query: true,
      filters: true,
      sort: true,
      alertFrequency: true,
      lastAlertedAt: true,
      createdAt: true,
      member: {
        select: {
          companyId: true,
          user: { select: { id: true, email: true, locale: true, status: true } },
        },
      },
    },
  });
  if (!saved) return { sent: false, reason: "gone" };
  if (!isAlertDue(saved.alertFrequency, saved.lastAlertedAt, now)) {
    return { sent: false, reason: "not-due" };
  }
  const user = saved.member.user;
  if (saved.member.companyId !== saved.companyId || user.status !== "ACTIVE") {
    return { sent: false, reason: "no-recipient" };
  }
  const caller = { companyId: saved.companyId, memberId: saved.memberId };
  let plan;
  try {
    plan = await requireResumeSearchPlan(db, caller.companyId, now);
  } catch (error) {
    if (error instanceof AppError) return { sent: false, reason: "no-plan" };
    throw error;
  }

  const search = savedSearchOf(saved);
  const since = saved.lastAlertedAt ?? saved.createdAt;
  const index = options.index ?? resumeIndex();
  const emailDomain = await viewerEmailDomain(db, caller);
  const exclusions = callerExclusionTokens({ companyId: caller.companyId, emailDomain });
  const company = { ...plan.company, viewerEmailDomain: emailDomain };
  const input = findCandidatesInput.parse({
    query: search.query,
    filters: search.filters,
    sort: "recent",
    pageSize: SCAN_PAGE,
  });
  const matches: RedactedResume[] = [];
  const cap = Math.min(plan.resultCapPerQuery, MAX_SCANNED);
  for (let offset = 0; offset < cap; offset += SCAN_PAGE) {
    const response = await index.search(input.query, {
      ...candidateSearchParams(input, exclusions, offset),
      limit: Math.min(SCAN_PAGE, cap - offset),
      facets: undefined,
    });
    const keys = response.hits.map((hit) => String(hit.id));
    const { candidates } = await recheckedCandidates(db, keys, company, {
      limit: keys.length,
      now,
      keep: (gate) => gate.updatedAt > since,
    });
    matches.push(...candidates);
    if (keys.length < SCAN_PAGE) break;
  }

  // F8: checked now and again when the mail goes out (the member may unsubscribe meanwhile).
  const category = "SAVED_SEARCH_ALERTS";
  const allowed =
    matches.length > 0 && (await maySend(db, { userId: user.id, address: user.email, category }));
  // Compare-and-set: only the run that still sees the clock it read queues the mail, in the
  // same transaction that moves the clock, so a run stopped half-way leaves neither.
  const queued = await db.$transaction(async (tx) => {
    const claimed = await tx.savedSearch.updateMany({
      where: {
        id: saved.id,
        alertFrequency: saved.alertFrequency,
        lastAlertedAt: saved.lastAlertedAt,
      },
      data: { lastAlertedAt: now },
    });
    if (claimed.count === 0) return "not-due" as const;
    if (!allowed) return null;
    return queueEmail(tx, {
      userId: user.id,
      toAddress: user.email,
      category,
      idempotencyKey: `saved-search-alert:${saved.id}:${now.toISOString()}`,
      template: "saved-search-alert",
      payload: {
        locale: user.locale.toLowerCase() as EmailLocale,
        email: {
          kind: "saved-search-alert",
          searchName: saved.name,
          newMatches: matches.length,
          headlines: matches.slice(0, ALERT_HEADLINES).map((match) => match.headline),
          link: mail.employerLink(`/search?${resumeSearchToParams(search).toString()}`),
          manageLink: mail.employerLink("/searches"),
        },
        unsubscribeUrl: mail.employerLink("/unsubscribe"),
      },
    });
  });
  if (queued === "not-due") return { sent: false, reason: "not-due" };
  if (queued === null) {
    return { sent: false, reason: matches.length === 0 ? "nothing-new" : "unsubscribed" };
  }
  // Sent at once when this process has a relay; otherwise, or when the relay is down, the
  // outbox sends it (with backoff), once either way.
  if (mail.mailer) {
    await deliverOutboundEmail(db, mail.mailer, queued).catch(() => undefined);
  }
  return { sent: true, newMatches: matches.length };
}
