/** The apps Playwright drives: one project each, served from their production build. */
const APP_NAMES = ["seeker", "employer", "admin"] as const;

/** Ports 4100–4102 by default; `E2E_BASE_PORT` moves them, e.g. for two checkouts on one machine. */
const basePort = Number.parseInt(process.env.E2E_BASE_PORT ?? "4100", 10);

const ALL_APPS = APP_NAMES.map((name, index) => ({
  name,
  filter: `@tsunagu/${name}`,
  port: basePort + index,
}));

export type E2eApp = (typeof ALL_APPS)[number];

/**
 * `E2E_APPS=seeker,admin pnpm test:e2e` builds, serves and tests only those apps, for a faster
 * loop while working on one of them. Unset: all three.
 */
function selectedApps(selection = process.env.E2E_APPS): readonly E2eApp[] {
  if (!selection) return ALL_APPS;
  const names = selection.split(",").map((name) => name.trim());
  const unknown = names.filter((name) => !ALL_APPS.some((app) => app.name === name));
  if (unknown.length) {
    throw new Error(
      `E2E_APPS names unknown apps: ${unknown.join(", ")} (known: ${ALL_APPS.map((a) => a.name).join(", ")})`,
    );
  }
  return ALL_APPS.filter((app) => names.includes(app.name));
}

export const E2E_APPS = selectedApps();

export const appUrl = (app: E2eApp) => `http://127.0.0.1:${app.port}`;
