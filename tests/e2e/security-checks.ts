import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createSession, sessionCookieName } from "@tsunagu/auth";
import { createDb, type SessionAudience } from "@tsunagu/db";
import {
  createCompany,
  createEmployerMember,
  createPlatformAdmin,
  createSeeker,
} from "@tsunagu/db/testing";

/**
 * Issue 7, for every app: the security headers and CSP nonce on every page, redirects after
 * sign-in that stay on the app, and a fuzz of every route that has an action (from the built
 * app's own route list) with bodies that are not forms, fields no store can hold and requests
 * from other sites: 4xx, never 5xx. Each app's security.spec.ts calls it with its name.
 */
type AppName = "seeker" | "employer" | "admin";
const AUDIENCE: Record<AppName, SessionAudience> = {
  seeker: "SEEKER",
  employer: "EMPLOYER",
  admin: "ADMIN",
};
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

interface BuiltRoute {
  id: string;
  path?: string;
  index?: boolean;
  parentId?: string;
  module: { action?: unknown; loader?: unknown };
}

/** The app's routes as its production build defines them, with concrete URLs. */
async function builtRoutes(
  app: AppName,
): Promise<{ url: string; id: string; action: boolean; loader: boolean }[]> {
  const build = (await import(
    pathToFileURL(join(repoRoot, "apps", app, "build", "server", "index.js")).href
  )) as {
    routes: Record<string, BuiltRoute>;
  };
  const routes = build.routes;
  const pathOf = (route: BuiltRoute): string => {
    const own = (route.path ?? "").replace(/:[\w]+/g, "fuzz").replace(/\*$/, "fuzz/deeper");
    const parent = route.parentId ? routes[route.parentId] : undefined;
    return [parent ? pathOf(parent) : "", own].filter(Boolean).join("/");
  };
  return Object.values(routes)
    .filter((route) => route.id !== "root")
    .map((route) => ({
      id: route.id,
      url: `/${pathOf(route)}${route.index ? "?index" : ""}`,
      action: typeof route.module.action === "function",
      loader: typeof route.module.loader === "function",
    }));
}

async function sessionCookie(app: AppName): Promise<string> {
  const db = createDb(process.env.DATABASE_URL ?? "");
  try {
    let userId: string;
    if (app === "seeker") userId = (await createSeeker(db, { searchable: true })).user.id;
    else if (app === "employer") {
      const { company } = await createCompany(db, { plan: "pro" });
      userId = (await createEmployerMember(db, { companyId: company.id, role: "OWNER" })).user.id;
    } else userId = (await createPlatformAdmin(db)).id;
    const { token } = await createSession(db, { userId, audience: AUDIENCE[app] });
    return `${sessionCookieName(AUDIENCE[app], { secure: false })}=${token}`;
  } finally {
    await db.$disconnect();
  }
}

/** Field values that broke actions before, as raw urlencoded bytes. */
const HOSTILE_FIELDS = [
  "a%00b",
  "%ED%A0%80",
  "%FF%FE",
  "x".repeat(20_000),
  "%0d%0aSet-Cookie:%20x=1",
  "%2F%2Fevil.example",
];
const FIELD_NAMES = [
  "intent",
  "email",
  "password",
  "token",
  "redirectTo",
  "memberId",
  "sessionId",
  "role",
  "displayName",
  "companyName",
  "birthDate",
  "language",
  "newEmail",
  "currentPassword",
  "newPassword",
  "provider",
];

/** A client address of its own for each hostile request, so the fuzz uses up no one's limits. */
const someClient = () =>
  `198.51.100.${1 + Math.floor(Math.random() * 254)}, 10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function post(
  request: APIRequestContext,
  url: string,
  options: { body: string; contentType: string; origin?: string | null; cookie?: string },
) {
  const headers: Record<string, string> = {
    "Content-Type": options.contentType,
    "X-Forwarded-For": someClient(),
  };
  if (options.origin !== null) headers.Origin = options.origin ?? new URL(url, "http://x").origin;
  if (options.cookie) headers.Cookie = options.cookie;
  return request.post(url, {
    headers,
    data: options.body,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

export function securityTests(app: AppName): void {
  test.describe("security", () => {
    test("every page sends the security headers and a fresh CSP nonce on each of its scripts", async ({
      request,
      baseURL,
    }) => {
      const first = await request.get("/sign-in");
      const second = await request.get("/sign-in");
      const headers = first.headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("same-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      // Plain http on loopback: HSTS would pin 127.0.0.1 to https for a year.
      expect(headers["strict-transport-security"]).toBeUndefined();
      expect(headers["x-powered-by"]).toBeUndefined();

      const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
      const nonce = nonceOf(csp);
      expect(nonce).toBeDefined();
      expect(nonceOf(second.headers()["content-security-policy"] ?? "")).not.toBe(nonce);
      const html = await first.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      expect(baseURL).toBeDefined();
    });

    test("the page hydrates under the policy and an injected inline script does not run", async ({
      page,
    }) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") violations.push(message.text());
      });
      await page.goto("/sign-in");
      // Hydrated: the client router answers a link click without a document request.
      await page.waitForFunction(
        () => "__remixContext" in window && document.readyState === "complete",
      );
      const ran = await page.evaluate(async () => {
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.body.append(script);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return (window as unknown as { injected?: boolean }).injected === true;
      });
      expect(ran).toBe(false);
      expect(violations.filter((text) => !/Content Security Policy/.test(text))).toEqual([]);
      expect(violations.some((text) => /Content Security Policy/.test(text))).toBe(true);
    });

    test("after sign-in, a redirectTo that leaves the app lands on the app's own page", async ({
      request,
      baseURL,
    }) => {
      const cookie = await sessionCookie(app);
      const bypasses = [
        "//evil.example",
        "/\\evil.example",
        "/%09/evil.example",
        "/%0a/evil.example",
        "/%0d/evil.example",
        "/.//evil.example",
        "https://evil.example",
        "/%5Cevil.example",
      ];
      for (const target of bypasses) {
        const response = await request.get(`/sign-in?redirectTo=${target}`, {
          headers: { Cookie: cookie },
          maxRedirects: 0,
          failOnStatusCode: false,
        });
        expect(response.status(), target).toBe(302);
        const location = new URL(response.headers().location ?? "", baseURL);
        expect(location.origin, target).toBe(new URL(baseURL!).origin);
      }
    });

    test("every action answers 4xx, never 5xx, to hostile posts, and 403 to other sites", async ({
      request,
      baseURL,
    }) => {
      const routes = (await builtRoutes(app)).filter((route) => route.action);
      expect(routes.length).toBeGreaterThan(2);
      // Dozens of posts and gets per route, each route compiled on first use by the dev server.
      test.setTimeout(30_000 + routes.length * 5_000);
      const cookie = await sessionCookie(app);
      const failures: string[] = [];
      const expectStatus = async (
        what: string,
        response: Promise<{ status(): number }>,
        ok: (status: number) => boolean,
      ) => {
        const status = (await response).status();
        if (!ok(status)) failures.push(`${what}: ${status}`);
      };
      const notServerError = (status: number) => status < 500;
      const origin = new URL(baseURL!).origin;

      for (const route of routes) {
        const targets = [
          route.url,
          `${route.url.replace(/\?index$/, "")}.data${route.url.endsWith("?index") ? "?index" : ""}`,
        ];
        for (const url of targets) {
          // Webhooks and the one-click unsubscribe are posted by other servers by design and
          // prove themselves with a signature or token: refused without one, never a 5xx.
          const path = new URL(url, origin).pathname;
          const foreignByDesign =
            (path.startsWith("/webhooks/") && !path.endsWith(".data")) || path === "/unsubscribe";
          const refusedOrUnsigned = (s: number) =>
            foreignByDesign ? s >= 400 && s < 500 : s === 403;
          for (const who of [undefined, cookie]) {
            const label = `${who ? "signed in" : "anonymous"} POST ${url}`;
            await expectStatus(
              `${label} from another site`,
              post(request, url, {
                body: "email=a%40b.example",
                contentType: "application/x-www-form-urlencoded",
                origin: "https://evil.example",
                cookie: who,
              }),
              refusedOrUnsigned,
            );
            await expectStatus(
              `${label} with no origin at all`,
              post(request, url, {
                body: "email=a%40b.example",
                contentType: "application/x-www-form-urlencoded",
                origin: null,
                cookie: who,
              }),
              refusedOrUnsigned,
            );
            await expectStatus(
              `${label} JSON body`,
              post(request, url, {
                body: '{"email":"a@b.example"}',
                contentType: "application/json",
                origin,
                cookie: who,
              }),
              notServerError,
            );
            await expectStatus(
              `${label} broken multipart`,
              post(request, url, {
                body: '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nunterminated',
                contentType: "multipart/form-data; boundary=x",
                origin,
                cookie: who,
              }),
              notServerError,
            );
            for (const value of HOSTILE_FIELDS) {
              const body = FIELD_NAMES.map((name) => `${name}=${value}`).join("&");
              await expectStatus(
                `${label} fields = ${value.slice(0, 24)}`,
                post(request, url, {
                  body,
                  contentType: "application/x-www-form-urlencoded",
                  origin,
                  cookie: who,
                }),
                notServerError,
              );
            }
          }
        }
      }
      for (const route of (await builtRoutes(app)).filter((r) => r.loader)) {
        for (const query of [
          "redirectTo=%0d%0a",
          "token=%00",
          "lng=%ED%A0%80",
          "redirectTo=%2F%09%2Fevil.example",
        ]) {
          const url = `${route.url}${route.url.includes("?") ? "&" : "?"}${query}`;
          await expectStatus(
            `GET ${url}`,
            request.get(url, {
              headers: { Cookie: cookie, "X-Forwarded-For": someClient() },
              maxRedirects: 0,
              failOnStatusCode: false,
            }),
            notServerError,
          );
        }
      }
      expect(failures).toEqual([]);
    });
  });
}
