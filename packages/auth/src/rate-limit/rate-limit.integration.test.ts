import { db, disconnectDb } from "@tsunagu/db";
import { afterAll, describe, expect, it } from "vitest";

import { consumeRateLimit, rateLimitKey } from "./rate-limit";

afterAll(() => disconnectDb());

describe("consumeRateLimit", () => {
  it("allows `limit` hits per window, then says when to retry", async () => {
    const key = rateLimitKey("test", crypto.randomUUID());
    const now = new Date("2025-01-01T00:00:10Z");
    const rule = { key, limit: 3, windowMs: 60_000, now };
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push(await consumeRateLimit(db, rule));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]?.retryAfterMs).toBe(50_000);
    const nextWindow = await consumeRateLimit(db, {
      ...rule,
      now: new Date("2025-01-01T00:01:00Z"),
    });
    expect(nextWindow.allowed).toBe(true);
  });

  it("counts concurrent hits exactly once each", async () => {
    const key = rateLimitKey("test", crypto.randomUUID());
    const rule = { key, limit: 10, windowMs: 60_000 };
    const decisions = await Promise.all(
      Array.from({ length: 25 }, () => consumeRateLimit(db, rule)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    expect(decisions.map((d) => d.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  });

  it("stores a keyed hash, never the raw value", async () => {
    const ip = "198.51.100.23";
    const key = rateLimitKey("signInPerIp", ip);
    await consumeRateLimit(db, { key, limit: 1, windowMs: 1_000 });
    expect(key).not.toContain(ip);
    expect(await db.rateLimitBucket.count({ where: { key: { contains: ip } } })).toBe(0);
  });
});
