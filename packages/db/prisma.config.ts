/**
 * Prisma CLI configuration. Only `prisma generate` runs here (scripts/generate.ts): migrations go
 * through our offline tool (src/migrate, `pnpm db:migrate*`), which uses the same paths. The
 * datasource is set only when DATABASE_URL is, so generating the client never needs a database;
 * it is there for a machine with the native engine (`prisma migrate status` sees the same history).
 */
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
