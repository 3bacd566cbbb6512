import { inject } from "vitest";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { cloneDatabase, dropDatabase, withDatabase } from "./test-databases";

async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const services = inject("tsunaguServices");
type Table = { table_name: string };
const byName = (x: Table, y: Table) => x.table_name.localeCompare(y.table_name);
const tablesSql =
  "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name";

describe("per-worker databases", () => {
  const extra = ["tsunagu_isolation_a", "tsunagu_isolation_b"];
  afterAll(async () => {
    for (const name of extra) await dropDatabase(services.adminDatabaseUrl, name);
  });

  it("points DATABASE_URL at this worker's own copy of the migrated template", async () => {
    const workerId = process.env.VITEST_POOL_ID;
    const [current] = await query<{ db: string; role: string }>(
      process.env.DATABASE_URL as string,
      "SELECT current_database() AS db, current_user AS role",
    );
    expect(current).toEqual({ db: `tsunagu_w${workerId}`, role: services.appRole });
    expect(process.env.MEILI_INDEX_PREFIX).toBe(`w${workerId}_`);
    const [migrations] = await query<{ applied: number }>(
      process.env.DATABASE_URL as string,
      "SELECT count(*)::int AS applied FROM _prisma_migrations WHERE finished_at IS NOT NULL",
    );
    expect(migrations?.applied).toBeGreaterThan(0);
  });

  it("keeps what one worker writes invisible to another", async () => {
    const [a, b] = extra.map((name) => withDatabase(services.appDatabaseUrl, name)) as [
      string,
      string,
    ];
    for (const name of extra) {
      await cloneDatabase(
        services.adminDatabaseUrl,
        name,
        services.templateDatabaseName,
        services.appRole,
      );
    }

    await query(a, "CREATE TABLE marker (worker text); INSERT INTO marker VALUES ('a')");

    expect(await query(a, "SELECT worker FROM marker")).toEqual([{ worker: "a" }]);
    await expect(query(b, "SELECT worker FROM marker")).rejects.toThrow(
      /relation "marker" does not exist/,
    );
    expect(await query<Table>(a, tablesSql)).toEqual(
      [...(await query<Table>(b, tablesSql)), { table_name: "marker" }].sort(byName),
    );
  });

  it("closes the template to connections, so no stray session can stall the copies", async () => {
    const template = withDatabase(services.appDatabaseUrl, services.templateDatabaseName);
    await expect(query(template, "SELECT 1")).rejects.toThrow(
      /not currently accepting connections/,
    );
  });

  it("gives the admin URL enough rights to create and drop databases", async () => {
    const [role] = await query<{ ok: boolean }>(
      services.adminDatabaseUrl,
      "SELECT rolsuper OR rolcreatedb AS ok FROM pg_roles WHERE rolname = current_user",
    );
    expect(role?.ok).toBe(true);
  });
});
