import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Every package with tests has its own vitest.config.ts built with defineTsunaguProject.
    projects: [
      "packages/*/vitest.config.ts",
      "apps/*/vitest.config.ts",
      "tooling/*/vitest.config.ts",
    ],
    // Root-only: projects loaded from their own files do not inherit it, so PostgreSQL and
    // Meilisearch start once per run, not once per project.
    globalSetup: ["./tooling/vitest/src/global-setup.ts"],
    // Integration tests mostly wait on PostgreSQL and Meilisearch, so two workers pay off even on
    // two cores (vitest's default would be one).
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
