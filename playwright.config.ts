import { defineConfig } from "@playwright/test";
import { E2E_APPS, appUrl } from "./tests/e2e/apps";

const ci = Boolean(process.env.CI);

export default defineConfig({
  globalSetup: "./tests/e2e/global-setup.ts",
  // Three app servers, PostgreSQL and Meilisearch share the machine with the browsers.
  workers: ci ? 2 : undefined,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: ci ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      // The system Chromium (apt): Playwright's own browser downloads are not reachable here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: E2E_APPS.map((app) => ({
    name: app.name,
    testDir: `apps/${app.name}/tests/e2e`,
    use: { baseURL: appUrl(app) },
  })),
});
