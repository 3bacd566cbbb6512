import type { Db } from "@tsunagu/db";

export type DatabaseHealth = "ok" | "unavailable";

/**
 * Whether the database answers `SELECT 1` within `timeoutMs`: a health probe must answer even
 * when the database host does not.
 */
export async function checkDatabase(
  db: Db,
  { timeoutMs }: { timeoutMs: number },
): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
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
