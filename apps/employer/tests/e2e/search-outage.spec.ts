import { fileURLToPath } from "node:url";
import { findFreePort } from "@tsunagu/local-services";
import { employerAccount, expect, sessionCookieFor, test } from "../../../../tests/e2e/fixtures";
import { startBuiltServer } from "../../../../tests/e2e/startup-checks";

const appDir = fileURLToPath(new URL("../..", import.meta.url));

/**
 * F12: with Meilisearch unreachable the search page says search is temporarily unavailable, and
 * everything else keeps working. The built employer server runs on the real database with a
 * search address nothing listens on (port 9, discard: refused on any test machine).
 */
test("with Meilisearch down, the search page says so and the rest of the app works", async ({
  db,
}) => {
  test.setTimeout(90_000);
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const { child, output } = startBuiltServer(appDir, {
    PORT: String(port),
    HOST: "127.0.0.1",
    APP_ENV: "test",
    APP_ORIGIN: origin,
    DATABASE_URL: process.env.DATABASE_URL!,
    AUTH_SECRET: process.env.AUTH_SECRET!,
    SEARCH_TOKEN_SECRET: process.env.SEARCH_TOKEN_SECRET!,
    MEILI_URL: "http://127.0.0.1:9",
    MEILI_API_KEY: "unused-while-search-is-down",
    CLIENT_IP_FROM_SOCKET: "1",
  });
  const owner = await employerAccount(db, { plan: "pro" });
  try {
    await expect
      .poll(
        () =>
          fetch(`${origin}/healthz`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 30_000 },
      )
      .toBe(200);
    const headers = { Cookie: await sessionCookieFor(db, owner.user.id, "EMPLOYER") };

    const search = await fetch(`${origin}/search?q=welder`, { headers });
    expect(search.status).toBe(200);
    const page = await search.text();
    expect(page).toContain("Search is temporarily unavailable");
    expect(page).toContain("Everything else keeps working");

    for (const path of ["/company", "/members", "/invitations", "/billing"]) {
      const response = await fetch(`${origin}${path}`, { headers });
      expect(response.status, path).toBe(200);
    }
    expect(await (await fetch(`${origin}/company`, { headers })).text()).toContain(
      owner.company.name,
    );
  } finally {
    child.kill("SIGKILL");
  }
  // The outage is logged, nothing about the person who searched.
  expect(output()).not.toContain(owner.email);
});
