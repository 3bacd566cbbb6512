import pg from "pg";

/** The same server and credentials as `url`, on another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function dropIfExists(client: pg.Client, name: string): Promise<void> {
  const existing = await client.query<{ datistemplate: boolean }>(
    "SELECT datistemplate FROM pg_database WHERE datname = $1",
    [name],
  );
  const database = client.escapeIdentifier(name);
  // PostgreSQL refuses to drop a template (left by an earlier run on an external server).
  if (existing.rows[0]?.datistemplate)
    await client.query(`ALTER DATABASE ${database} WITH IS_TEMPLATE false`);
  // FORCE: a previous worker's connections may still be closing.
  if (existing.rowCount) await client.query(`DROP DATABASE ${database} WITH (FORCE)`);
}

/** Drops `name` (disconnecting anyone still on it) if it exists. */
export function dropDatabase(adminUrl: string, name: string): Promise<void> {
  return withAdmin(adminUrl, (client) => dropIfExists(client, name));
}

/** An empty database owned by `owner`, replacing any database of that name. */
export function recreateEmptyDatabase(
  adminUrl: string,
  name: string,
  owner: string,
): Promise<void> {
  return withAdmin(adminUrl, async (client) => {
    await dropIfExists(client, name);
    await client.query(
      `CREATE DATABASE ${client.escapeIdentifier(name)} OWNER ${client.escapeIdentifier(owner)}`,
    );
  });
}

/**
 * Marks a migrated database as a template. Copying a template is a file-level copy, so a worker
 * gets the full schema without re-running every migration. Connections to it are closed off:
 * PostgreSQL cannot copy a database someone is connected to, so one stray connection would
 * stall every worker's copy.
 */
export function markAsTemplate(adminUrl: string, name: string): Promise<void> {
  return withAdmin(adminUrl, async (client) => {
    await client.query(
      `ALTER DATABASE ${client.escapeIdentifier(name)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`,
    );
  });
}

/** A fresh copy of `template` named `name`, owned by `owner`, replacing any previous one. */
export function cloneDatabase(
  adminUrl: string,
  name: string,
  template: string,
  owner: string,
): Promise<void> {
  return withAdmin(adminUrl, async (client) => {
    await dropIfExists(client, name);
    await client.query(
      `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)} OWNER ${client.escapeIdentifier(owner)}`,
    );
  });
}
