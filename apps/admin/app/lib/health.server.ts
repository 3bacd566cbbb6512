import { db } from "./db.server";

export type DatabaseHealth = "ok" | "unavailable";

/**
 * A health probe must answer even when the database host does not. Generous enough for the
 * first probe, which also starts the Prisma client and opens the first connection.
 */
const PROBE_TIMEOUT_MS = 5_000;

export async function checkDatabase(): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
      PROBE_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return "ok";
  } catch (error) {
    // Driver messages name hosts and codes, never row data.
    console.error(
      `Database health check failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return "unavailable";
  } finally {
    clearTimeout(timer);
  }
}
