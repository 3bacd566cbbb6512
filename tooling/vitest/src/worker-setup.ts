/**
 * Runs in every test worker before any test file is imported: gives the worker its own database
 * (copied from the migrated template) and its own Meilisearch index prefix, and exports them
 * through the environment variables the packages read. Also fails any test that logs
 * `console.error`, so errors cannot hide in passing output.
 */
import { afterEach, beforeEach, expect, inject, vi } from "vitest";
import { format } from "node:util";
import "./provided";
import { cloneDatabase, withDatabase } from "./test-databases";

const services = inject("tsunaguServices");
if (!services) {
  throw new Error(
    "Test services are missing: run vitest from the repository root (`pnpm test:unit`, or " +
      "`pnpm vitest run --project <name>`), whose config starts PostgreSQL and Meilisearch.",
  );
}

const workerId = process.env.VITEST_POOL_ID ?? "1";
const databaseName = `tsunagu_w${workerId}`;
const indexPrefix = `w${workerId}_`;

async function deleteWorkerIndexes(): Promise<void> {
  const headers = { Authorization: `Bearer ${services.meiliMasterKey}` };
  const response = await fetch(`${services.meiliUrl}/indexes?limit=1000`, { headers });
  if (!response.ok) throw new Error(`Meilisearch answered ${response.status} when listing indexes`);
  const { results } = (await response.json()) as { results: Array<{ uid: string }> };
  await Promise.all(
    results
      .filter((index) => index.uid.startsWith(indexPrefix))
      .map((index) =>
        fetch(`${services.meiliUrl}/indexes/${index.uid}`, { method: "DELETE", headers }),
      ),
  );
}

/**
 * Only integration tests (STYLE.md: `*.integration.test.ts`) get a database: copying the template
 * costs a few hundred milliseconds per file. Unit tests get a URL to a database that never
 * exists, so one that reaches for PostgreSQL fails with a name that explains itself.
 */
const integrationTest = /\.integration\.test\.[cm]?[jt]sx?$/.test(expect.getState().testPath ?? "");
const NO_DATABASE = "unit_tests_have_no_database_name_the_file_integration_test";

// A worker process runs this file before each of its test files; the marker makes the reset
// happen once per process, so files sharing a process (isolate: false) also share one database.
if (integrationTest && process.env.TSUNAGU_WORKER_DATABASE !== databaseName) {
  await Promise.all([
    cloneDatabase(
      services.adminDatabaseUrl,
      databaseName,
      services.templateDatabaseName,
      services.appRole,
    ),
    deleteWorkerIndexes(),
  ]);
  process.env.TSUNAGU_WORKER_DATABASE = databaseName;
}

process.env.APP_ENV ??= "test";
process.env.DATABASE_URL = withDatabase(
  services.appDatabaseUrl,
  integrationTest ? databaseName : NO_DATABASE,
);
process.env.TEST_ADMIN_DATABASE_URL = services.adminDatabaseUrl;
process.env.MEILI_URL = services.meiliUrl;
// Tests create and delete their own indexes, so the search client runs with the master key
// here; the role keys are tested in packages/search (keys.integration.test.ts).
process.env.MEILI_API_KEY = services.meiliMasterKey;
process.env.MEILI_MASTER_KEY = services.meiliMasterKey;
process.env.MEILI_INDEX_PREFIX = indexPrefix;
process.env.SEARCH_TOKEN_SECRET = services.searchTokenSecret;

let unexpectedErrors: string[] = [];

beforeEach(() => {
  unexpectedErrors = [];
  const original = console.error;
  // A test that expects an error log replaces this with its own mockImplementation.
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    original(...args);
    unexpectedErrors.push(format(...args));
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (unexpectedErrors.length) {
    const logged = unexpectedErrors.join("\n---\n");
    unexpectedErrors = [];
    throw new Error(
      `console.error was called during this test:\n${logged}\n` +
        "If the error is expected, stub it in the test: vi.spyOn(console, 'error').mockImplementation(() => {}).",
    );
  }
});
