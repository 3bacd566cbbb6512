import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRunningPostgres, startPostgres } from "./postgres";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("startPostgres", () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "pg-test-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("initialises once, gives the app a CREATEDB role, and reuses the data on the next start", async () => {
    const first = await startPostgres({ dataDir, durability: "ephemeral" });
    try {
      expect(first.url).toMatch(/^postgresql:\/\/tsunagu:[0-9a-f]+@127\.0\.0\.1:\d+\/tsunagu$/);
      const [role] = await query<{ rolcreatedb: boolean; rolsuper: boolean }>(
        first.adminUrl,
        "SELECT rolcreatedb, rolsuper FROM pg_roles WHERE rolname = 'tsunagu'",
      );
      expect(role).toEqual({ rolcreatedb: true, rolsuper: false });
      await query(
        first.url,
        "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('survives restarts')",
      );
    } finally {
      await first.stop();
    }
    const initialisedAt = await readFile(join(dataDir, "cluster", "PG_VERSION"), "utf8");

    const second = await startPostgres({ dataDir, durability: "ephemeral" });
    try {
      expect(await query(second.url, "SELECT note FROM kept")).toEqual([
        { note: "survives restarts" },
      ]);
      expect(new URL(second.url).password).toBe(new URL(first.url).password);
      expect(await readFile(join(dataDir, "cluster", "PG_VERSION"), "utf8")).toBe(initialisedAt);
    } finally {
      await second.stop();
    }
  });

  it("can be found by other tools through its data directory while it runs, and not after", async () => {
    const server = await startPostgres({ dataDir, durability: "ephemeral" });
    let found;
    try {
      found = await findRunningPostgres(dataDir);
      expect(found).toEqual({ url: server.url, pid: server.pid });
      expect(await query(found!.url, "SELECT current_user AS role")).toEqual([{ role: "tsunagu" }]);
    } finally {
      await server.stop();
    }
    expect(await findRunningPostgres(dataDir)).toBeNull();
  });

  it("listens on 127.0.0.1 only and refuses a wrong password", async () => {
    const server = await startPostgres({ dataDir, durability: "ephemeral" });
    try {
      const [setting] = await query<{ listen_addresses: string }>(
        server.adminUrl,
        "SHOW listen_addresses",
      );
      expect(setting?.listen_addresses).toBe("127.0.0.1");
      const wrong = new URL(server.url);
      wrong.password = "wrong";
      await expect(query(wrong.toString(), "SELECT 1")).rejects.toThrow(
        /password authentication failed/,
      );
    } finally {
      await server.stop();
    }
  });
});
