import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { SessionAudience } from "@tsunagu/db";
import {
  adminAccount,
  employerAccount,
  expect,
  expectAccessible,
  seekerAccount,
  sessionCookieFor,
  test,
} from "./fixtures";

/**
 * The quality bar every page of an app meets, checked from the built app's own route list so a
 * new page is checked without anyone listing it: as a visitor and signed in, each page that
 * renders (no URL parameters, no resource route) has a title of its own and no serious or
 * critical axe violation, at desktop and at phone width. Each app's pages.spec.ts calls it.
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
  module: { default?: unknown; loader?: unknown };
}

/** Pages of the built app that a plain GET can open: a component, and no parameter in the path. */
async function pagePaths(app: AppName): Promise<string[]> {
  const build = (await import(
    pathToFileURL(join(repoRoot, "apps", app, "build", "server", "index.js")).href
  )) as {
    routes: Record<string, BuiltRoute>;
  };
  const routes = build.routes;
  const pathOf = (route: BuiltRoute): string => {
    const parent = route.parentId ? routes[route.parentId] : undefined;
    return [parent ? pathOf(parent) : "", route.path ?? ""].filter(Boolean).join("/");
  };
  const hasChildren = (id: string) =>
    Object.values(routes).some((route) => route.parentId === id && (route.index || route.path));
  const paths = Object.values(routes)
    .filter((route) => route.id !== "root" && typeof route.module.default === "function")
    .filter((route) => !hasChildren(route.id))
    .map((route) => `/${pathOf(route)}`)
    .filter((path) => !/[:*]/.test(path));
  return [...new Set(paths)].sort();
}

async function signedInCookie(app: AppName, db: Parameters<typeof seekerAccount>[0]) {
  if (app === "seeker")
    return sessionCookieFor(db, (await seekerAccount(db, { resume: "full" })).user.id, "SEEKER");
  if (app === "employer")
    return sessionCookieFor(db, (await employerAccount(db)).user.id, AUDIENCE.employer);
  return sessionCookieFor(db, (await adminAccount(db)).id, "ADMIN");
}

export function pageTests(app: AppName): void {
  // One test per visitor state and width, so the checks spread over the workers and each test's
  // time limit grows with the number of pages rather than breaking when a page is added.
  test.describe.configure({ mode: "parallel" });
  for (const signedIn of [false, true]) {
    for (const width of [1280, 375]) {
      test(`every page, ${signedIn ? "signed in" : "as a visitor"} at ${width} px, has a title of its own and no serious accessibility problem`, async ({
        page,
        db,
        context,
        baseURL,
      }) => {
        // Reading the built route list loads the whole server build: slow on a busy machine.
        test.setTimeout(90_000);
        const paths = await pagePaths(app);
        expect(paths.length).toBeGreaterThan(2);
        test.setTimeout(90_000 + paths.length * 10_000);
        const cookie = await signedInCookie(app, db);
        // The app's own title, as its home page shows it to someone signed in.
        const home = await page.request.get("/", { headers: { Cookie: cookie } });
        const homeTitle =
          /<title>([^<]*)<\/title>/.exec(await home.text())?.[1]?.replace(/&amp;/g, "&") ?? "";
        const [name, value] = cookie.split("=");
        if (signedIn) await context.addCookies([{ name: name!, value: value!, url: baseURL! }]);
        await page.setViewportSize({ width, height: 900 });
        for (const path of paths) {
          const response = await page.goto(path);
          expect(response?.status(), path).toBeLessThan(500);
          const title = await page.title();
          expect(title, `${path} has a title`).not.toBe("");
          // A page behind sign-in shows the sign-in page to visitors; others have their own title.
          if (path !== "/" && new URL(page.url()).pathname === path) {
            expect(title, `${path} has a title of its own`).not.toBe(homeTitle);
          }
          await expectAccessible(page);
        }
      });
    }
  }
}
