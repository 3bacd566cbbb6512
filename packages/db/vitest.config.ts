import { defineTsunaguProject } from "@tsunagu/vitest-config";

/**
 * The `db` project of the root vitest config. Its worker setup gives every worker DATABASE_URL
 * (a database cloned from the migrated template) and TEST_ADMIN_DATABASE_URL; the migration
 * tests use the latter to make throwaway databases of their own.
 */
export default defineTsunaguProject({
  name: "db",
  test: {
    exclude: ["src/generated/**"],
    // Migration tests replay histories in shadow databases and wait out advisory locks.
    testTimeout: 60_000,
  },
});
