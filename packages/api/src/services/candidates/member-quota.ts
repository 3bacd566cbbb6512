import { createHash } from "node:crypto";
import type { Db, UsageMetric } from "@tsunagu/db";
import { AppError } from "../../errors";

interface Window {
  limit: number;
  /** "minute" or "day": counters are kept per member and per window start. */
  unit: "minute" | "day";
}

function windowStart(now: Date, unit: Window["unit"]): Date {
  const start = new Date(now);
  if (unit === "minute") start.setUTCSeconds(0, 0);
  else start.setUTCHours(0, 0, 0, 0);
  return start;
}

/**
 * Anti-scraping (F12): counts one use of `metric` for the member in each window and refuses,
 * with a clear error and a retry time, once a plan limit is passed. One atomic statement for
 * all windows, since it runs on every search.
 */
export async function consumeMemberQuota(
  db: Pick<Db, "$queryRaw">,
  input: {
    memberId: string;
    companyId: string;
    metric: UsageMetric;
    windows: Window[];
    now?: Date;
  },
): Promise<void> {
  const now = input.now ?? new Date();
  const starts = input.windows.map((w) => windowStart(now, w.unit));
  // In the first minute of a UTC day the minute and the day window start at the same instant
  // and share one counter row (correctly: so far they count the same searches). Sending that
  // row twice would make the upsert touch it twice, which PostgreSQL refuses.
  const distinctStarts = [...new Map(starts.map((s) => [s.getTime(), s])).values()];
  const rows = await db.$queryRaw<{ periodStart: Date; count: number }[]>`
    INSERT INTO member_usage_counters (id, member_id, company_id, metric, period_start, count)
    SELECT gen_random_uuid(), ${input.memberId}::uuid, ${input.companyId}::uuid,
           ${input.metric}::usage_metric, start, 1
    FROM unnest(${distinctStarts}::timestamptz[]) AS start
    ON CONFLICT (member_id, metric, period_start)
    DO UPDATE SET count = member_usage_counters.count + 1
    RETURNING period_start AS "periodStart", count`;
  refuseOverLimit(rows, input.windows, starts, now);
}

/** Throws RATE_LIMITED, with a retry time, for the first window whose count passed its limit. */
function refuseOverLimit(
  rows: { periodStart: Date; count: number }[],
  windows: Window[],
  starts: Date[],
  now: Date,
): void {
  windows.forEach((window, i) => {
    const periodStart = starts[i]!;
    const count = rows.find((r) => r.periodStart.getTime() === periodStart.getTime())?.count ?? 0;
    if (count <= window.limit) return;
    const next = new Date(periodStart);
    if (window.unit === "minute") next.setUTCMinutes(next.getUTCMinutes() + 1);
    else next.setUTCDate(next.getUTCDate() + 1);
    const retryAfterSeconds = Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000));
    throw new AppError(
      "RATE_LIMITED",
      window.unit === "minute"
        ? "Too many searches this minute for your plan. Please wait a moment."
        : "Your plan's daily search limit is reached. It resets at midnight UTC.",
      { retryAfterSeconds },
    );
  });
}

/**
 * F12 quota rule, "a search counts once per committed query": typing is debounced on the page,
 * and a search counts only when the member runs a query/filters/sort combination they have not
 * run in the last SEARCH_RECOUNT_MINUTES minutes. Paging through it, changing back to it or
 * reloading it within that window counts nothing.
 */
export const SEARCH_RECOUNT_MINUTES = 30;

/** The search as far as the quota cares: page and page size left out, filters sorted. */
export function searchFingerprint(input: {
  query: string;
  filters: unknown;
  sort: string;
}): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value))
      return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, v]) => [k, canonical(v)]),
      );
    }
    return value;
  };
  const normalised = JSON.stringify([
    input.query.trim().toLowerCase().replace(/\s+/g, " "),
    canonical(input.filters),
    input.sort,
  ]);
  return createHash("sha256").update(normalised).digest("hex");
}

/**
 * Whether this run of a search is a new committed query: true (and stamped) when the member has
 * not run it in the last SEARCH_RECOUNT_MINUTES minutes. One atomic upsert, so two tabs racing
 * on the same search count it once.
 */
export async function claimSearchRun(
  db: Pick<Db, "$queryRaw">,
  input: { memberId: string; searchHash: string; now: Date },
): Promise<boolean> {
  const staleBefore = new Date(input.now.getTime() - SEARCH_RECOUNT_MINUTES * 60_000);
  const rows = await db.$queryRaw<{ counted: boolean }[]>`
    INSERT INTO member_search_runs (member_id, search_hash, counted_at)
    VALUES (${input.memberId}::uuid, ${input.searchHash}, ${input.now})
    ON CONFLICT (member_id, search_hash)
    DO UPDATE SET counted_at = EXCLUDED.counted_at
    WHERE member_search_runs.counted_at <= ${staleBefore}
    RETURNING true AS counted`;
  return rows.length > 0;
}

/**
 * claimSearchRun and consumeMemberQuota in one statement, as every search needs both: the run is
 * stamped and, only if it is a new committed query, the counters move. Returns whether it
 * counted; throws RATE_LIMITED as consumeMemberQuota does (the run stays stamped: the caller
 * unstamps a refused search so that retrying it is counted, and refused, again).
 */
export async function countSearchRun(
  db: Pick<Db, "$queryRaw">,
  input: {
    memberId: string;
    companyId: string;
    searchHash: string;
    windows: Window[];
    now: Date;
  },
): Promise<boolean> {
  const { now } = input;
  const staleBefore = new Date(now.getTime() - SEARCH_RECOUNT_MINUTES * 60_000);
  const starts = input.windows.map((w) => windowStart(now, w.unit));
  const distinctStarts = [...new Map(starts.map((s) => [s.getTime(), s])).values()];
  const rows = await db.$queryRaw<{ periodStart: Date; count: number }[]>`
    WITH claimed AS (
      INSERT INTO member_search_runs (member_id, search_hash, counted_at)
      VALUES (${input.memberId}::uuid, ${input.searchHash}, ${now})
      ON CONFLICT (member_id, search_hash)
      DO UPDATE SET counted_at = EXCLUDED.counted_at
      WHERE member_search_runs.counted_at <= ${staleBefore}
      RETURNING 1
    )
    INSERT INTO member_usage_counters (id, member_id, company_id, metric, period_start, count)
    SELECT gen_random_uuid(), ${input.memberId}::uuid, ${input.companyId}::uuid,
           'RESUME_SEARCH'::usage_metric, start, 1
    FROM unnest(${distinctStarts}::timestamptz[]) AS start
    WHERE EXISTS (SELECT 1 FROM claimed)
    ON CONFLICT (member_id, metric, period_start)
    DO UPDATE SET count = member_usage_counters.count + 1
    RETURNING period_start AS "periodStart", count`;
  if (rows.length === 0) return false;
  refuseOverLimit(rows, input.windows, starts, now);
  return true;
}

/** The member's search counters now (F12), for the quota shown on the search page. */
export async function memberSearchUsage(
  db: Pick<Db, "memberUsageCounter">,
  memberId: string,
  now: Date,
): Promise<{ minute: number; day: number }> {
  const minute = windowStart(now, "minute");
  const day = windowStart(now, "day");
  const rows = await db.memberUsageCounter.findMany({
    where: { memberId, metric: "RESUME_SEARCH", periodStart: { in: [minute, day] } },
    select: { periodStart: true, count: true },
  });
  const countAt = (start: Date) =>
    rows.find((r) => r.periodStart.getTime() === start.getTime())?.count ?? 0;
  return { minute: countAt(minute), day: countAt(day) };
}
