import { checkDatabase as checkDatabaseOf, type DatabaseHealth } from "@tsunagu/account";
import { db } from "./db.server";

/**
 * Generous enough for the first probe, which also starts the Prisma client and opens the first
 * connection.
 */
const PROBE_TIMEOUT_MS = 5_000;

export function checkDatabase(): Promise<DatabaseHealth> {
  return checkDatabaseOf(db, { timeoutMs: PROBE_TIMEOUT_MS });
}
