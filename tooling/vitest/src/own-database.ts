import { inject } from "vitest";
import "./provided";
import { cloneDatabase, dropDatabase, withDatabase } from "./test-databases";

/**
 * A database of the test file's own, copied from the migrated template, for a test whose data
 * must not meet other files' rows (the worker database is shared by the files of one process),
 * e.g. one that seeds the whole demo world. Drop it in afterAll.
 */
export async function ownDatabase(
  suffix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const services = inject("tsunaguServices");
  const name = `tsunagu_w${process.env.VITEST_POOL_ID ?? "1"}_${suffix}`;
  await cloneDatabase(
    services.adminDatabaseUrl,
    name,
    services.templateDatabaseName,
    services.appRole,
  );
  return {
    url: withDatabase(services.appDatabaseUrl, name),
    drop: () => dropDatabase(services.adminDatabaseUrl, name),
  };
}
