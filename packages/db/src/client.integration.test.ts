import { describe, expect, it } from "vitest";

import { createDb, db, disconnectDb } from "./client";

describe("createDb", () => {
  it("keeps at most poolSize connections, however many queries run at once", async () => {
    const client = createDb(process.env.DATABASE_URL as string, { poolSize: 2 });
    try {
      const pids = await Promise.all(
        Array.from(
          { length: 6 },
          () =>
            client.$queryRaw<
              { pid: number }[]
            >`SELECT pg_backend_pid() AS pid, pg_sleep(0.05)::text AS slept`,
        ),
      );
      expect(new Set(pids.map(([row]) => row?.pid)).size).toBeLessThanOrEqual(2);
    } finally {
      await client.$disconnect();
    }
  });
});

describe("the shared db client", () => {
  it("connects to DATABASE_URL on first use and can be closed and reopened", async () => {
    const [first] = await db.$queryRaw<
      { database: string }[]
    >`SELECT current_database() AS database`;
    expect(process.env.DATABASE_URL).toContain(`/${first?.database}`);
    await disconnectDb();
    await expect(db.user.count()).resolves.toBeGreaterThanOrEqual(0);
    await disconnectDb();
  });
});
