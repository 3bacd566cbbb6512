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
  input.windows.forEach((window, i) => {
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
