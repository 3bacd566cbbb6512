// @ts-check
// Plain JavaScript with JSDoc types: Vite loads app configs with Node's own loader, which
// cannot import TypeScript from a linked workspace package.
import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import tsconfigPaths from "vite-tsconfig-paths";
import { bundleGuard } from "./bundle-guard.js";

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
    server: { port: devPort, host: "127.0.0.1" },
    // Vite's dependency scan follows route modules into their loaders' server code; packages
    // that only ever run on the server must not be pre-bundled for the browser (argon2's
    // browser entry points at a WASI build that is not installed, and the scan fails loudly).
    optimizeDeps: { exclude: ["@node-rs/argon2", "@prisma/client", "@prisma/adapter-pg", "pg", "arctic", "oidc-provider", "meilisearch"] },
    plugins: [
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
