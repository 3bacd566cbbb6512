// Plain JavaScript on purpose: every package's vitest.config.ts imports this, and Vite loads
// config dependencies from node_modules with Node itself, which cannot run TypeScript on Node 20.
import { fileURLToPath } from "node:url";
import { configDefaults, defineProject } from "vitest/config";

const workerSetup = fileURLToPath(new URL("./worker-setup.ts", import.meta.url));

/**
 * The vitest project config every package uses in its `vitest.config.ts`:
 * `export default defineTsunaguProject({ name: "db" })`. Each test worker gets its own database
 * and Meilisearch index prefix; Playwright specs (tests/e2e) are left to Playwright.
 *
 * @param {import("./index").TsunaguProjectOptions} options
 */
export function defineTsunaguProject(options) {
  const { setupFiles = [], exclude = [], ...test } = options.test ?? {};
  return defineProject({
    plugins: options.plugins,
    test: {
      environment: "node",
      // Integration tests wait on real servers; the default 5 s is tight on a 2-core CI machine.
      testTimeout: 15_000,
      hookTimeout: 30_000,
      ...test,
      name: options.name,
      exclude: [...configDefaults.exclude, "**/build/**", "**/tests/e2e/**", ...exclude],
      setupFiles: [workerSetup, ...(Array.isArray(setupFiles) ? setupFiles : [setupFiles])],
    },
  });
}
