/** The apps Playwright drives: one project each, served from their production build. */
export const E2E_APPS = [
  { name: "seeker", filter: "@tsunagu/seeker", port: 4100 },
  { name: "employer", filter: "@tsunagu/employer", port: 4101 },
  { name: "admin", filter: "@tsunagu/admin", port: 4102 },
] as const;

export type E2eApp = (typeof E2E_APPS)[number];

export const appUrl = (app: E2eApp) => `http://127.0.0.1:${app.port}`;
