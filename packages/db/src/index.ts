/**
 * @tsunagu/db: the Prisma client over PostgreSQL, and the generated model types and enums.
 * Test factories live in `@tsunagu/db/testing`, the demo seed in `@tsunagu/db/seed`, offline
 * migrations in `@tsunagu/db/migrate`.
 */
export {
  createDb,
  db,
  disconnectDb,
  type CreateDbOptions,
  type Db,
  type DbTransaction,
} from "./client";
export { readDbEnv, type DbEnv } from "./env";
export { listenTo, type Listener } from "./notifications";
export { CARD_SLUG_PATTERN, newCardSlug } from "./networking-card";
export { Prisma, PrismaClient } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export type * from "./generated/prisma/models";
export {
  cascadeClosure,
  readForeignKeys,
  type DeleteRule,
  type ForeignKey,
} from "./schema-graph";
