/**
 * Offline Prisma migrations (`@tsunagu/db/migrate`): Prisma's WebAssembly schema engine driven
 * through the pg driver adapter. Same folder format and `_prisma_migrations` bookkeeping as
 * `prisma migrate`. See docs/decisions/0001-offline-prisma-migrations.md.
 */
export {
  applyMigrations,
  createMigration,
  diffSchema,
  markMigrationApplied,
  markMigrationRolledBack,
  migrationStatus,
  type DiffOptions,
  type MigrateOptions,
  type MigrationStatus,
} from "./api";
export { assertDatabaseUrl } from "./engine";
export { MigrateError } from "./errors";
export { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from "./files";
