import type { Db, Prisma } from "@tsunagu/db";

import { keyedHashHex } from "../crypto";

type SqlClient = Pick<Db, "$queryRaw" | "$executeRaw">;

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Time until the current window ends; 0 when allowed. */
  retryAfterMs: number;
  /** Hits counted in the current window, including this one. */
  count: number;
}

/**
 * A rate-limit key that names what is counted without storing the value itself (an IP, an
 * email): `signin:ip:<hmac>`. Callers pass the raw value; it never reaches the table.
 */
export function rateLimitKey(scope: string, value: string): string {
  return `${scope}:${keyedHashHex(`rate-limit:${scope}`, value)}`;
}

function windowOf(rule: RateLimitRule, now: Date): { start: Date; end: Date } {
  const start = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  return { start: new Date(start), end: new Date(start + rule.windowMs) };
}

function decide(count: number, rule: RateLimitRule, end: Date, now: Date): RateLimitDecision {
  const allowed = count <= rule.limit;
  return { allowed, count, retryAfterMs: allowed ? 0 : end.getTime() - now.getTime() };
}

/**
 * Counts one hit in a fixed window shared by every app instance. One statement (insert or
 * increment, returning the new count) so concurrent requests cannot both see a free slot.
 */
export async function consumeRateLimit(
  db: SqlClient,
  input: RateLimitRule & { key: string; now?: Date },
): Promise<RateLimitDecision> {
  const now = input.now ?? new Date();
  const { start, end } = windowOf(input, now);
  const rows = await db.$queryRaw<Array<{ count: number }>>`
    INSERT INTO rate_limit_buckets (key, window_start, count, expires_at)
    VALUES (${input.key}, ${start}, 1, ${end})
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_buckets.count + 1
    RETURNING count`;
  return decide(rows[0]?.count ?? 1, input, end, now);
}

/**
 * Gives back a hit counted by consumeRateLimit with the same key, rule and `now`: for limits
 * that count only failures, an attempt takes a slot up front (so parallel requests cannot all
 * slip past the limit) and returns it when it turns out to be a success.
 */
export async function refundRateLimit(
  db: SqlClient,
  input: RateLimitRule & { key: string; now: Date },
): Promise<void> {
  const { start } = windowOf(input, input.now);
  await db.$executeRaw`
    UPDATE rate_limit_buckets SET count = count - 1
    WHERE key = ${input.key} AND window_start = ${start} AND count > 0`;
}

/** Removes finished windows; run periodically by a worker. */
export async function deleteExpiredRateLimitBuckets(
  db: Pick<Db, "rateLimitBucket">,
  now: Date = new Date(),
): Promise<number> {
  const where: Prisma.RateLimitBucketWhereInput = { expiresAt: { lte: now } };
  const { count } = await db.rateLimitBucket.deleteMany({ where });
  return count;
}
