// @ts-check
// Plain JavaScript with JSDoc types: Vite loads app configs with Node's own loader, which
// cannot import TypeScript from a linked workspace package.
import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import tsconfigPaths from "vite-tsconfig-paths";
import { bundleGuard } from "./bundle-guard.js";
import {
  CLIENT_SCAN_ENTRIES,
  serverImportsStayOutOfClientBundles,
  skipServerModulesInScan,
} from "./dev-dependencies.js";

export { bundleGuard, BUNDLE_GUARD_NAME, SERVER_ONLY_PACKAGES } from "./bundle-guard.js";

/**
 * @typedef {object} RemixAppConfigOptions
 * @property {number} devPort Port for `remix vite:dev` when no `--port` is given; each app has its own.
 */

/**
 * The one Vite configuration every Remix app uses: Remix with the v3 future flags (so the move
 * to React Router 7 is a rename), Tailwind CSS 4, tsconfig paths (`~/…`) and the bundle guard
 * that keeps server-only packages out of the browser.
 *
 * @param {RemixAppConfigOptions} options
 * @returns {import("vite").UserConfig}
 */
export function remixAppConfig({ devPort }) {
  return {
    server: {
      port: devPort,
      host: "127.0.0.1",
      // Transformed while the server starts, so the first page view does not wait for them.
      warmup: { clientFiles: ["./app/entry.client.tsx", "./app/root.tsx"] },
    },
    // Every browser dependency is known before the first page view (see dev-dependencies.js):
    // a dependency found later re-bundles all of them, and the page loads React twice.
    optimizeDeps: {
      entries: [...CLIENT_SCAN_ENTRIES],
      esbuildOptions: { plugins: [skipServerModulesInScan] },
      // Route modules import these for their loaders only; they never run in the browser, and
      // some cannot be bundled for it (argon2's browser entry points at an uninstalled WASI build).
      exclude: [
        "@node-rs/argon2",
        "@prisma/client",
        "@prisma/adapter-pg",
        "pg",
        "arctic",
        "oidc-provider",
        "meilisearch",
      ],
    },
    plugins: [
      serverImportsStayOutOfClientBundles(),
      bundleGuard(),
      remix({
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          v3_lazyRouteDiscovery: true,
        },
      }),
      tailwindcss(),
      tsconfigPaths(),
    ],
  };
}
