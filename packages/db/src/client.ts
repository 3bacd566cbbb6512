import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { readDbEnv } from "./env";

export type Db = PrismaClient;
/** What services accept when they may run inside a caller's transaction. */
export type DbTransaction = Prisma.TransactionClient;

export interface CreateDbOptions {
  /** Maximum connections in the pool (node-postgres defaults to 10). */
  poolSize?: number;
}

/** A Prisma client over node-postgres. Callers own it and must `$disconnect()` it. */
export function createDb(databaseUrl: string, options: CreateDbOptions = {}): Db {
  if (!databaseUrl) throw new Error("createDb needs a PostgreSQL connection URL");
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    ...(options.poolSize ? { max: options.poolSize } : {}),
  });
  return new PrismaClient({ adapter });
}

let shared: Db | undefined;

/**
 * The process-wide client for DATABASE_URL, created on first property access so that importing
 * `@tsunagu/db` for its types or enums never needs (or validates) the environment.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    if (!shared) {
      const env = readDbEnv();
      shared = createDb(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
    }
    const value = Reflect.get(shared, property, shared) as unknown;
    return typeof value === "function"
      ? (value as (...args: unknown[]) => unknown).bind(shared)
      : value;
  },
});

/** Closes the shared client's pool if it was ever opened (for graceful shutdown and tests). */
export async function disconnectDb(): Promise<void> {
  const client = shared;
  shared = undefined;
  await client?.$disconnect();
}
