// @ts-check
import { join } from "node:path";

/**
 * Why the first page view after a fresh install used to fail ("Invalid hook call", a blank
 * page): Vite pre-bundles the browser's npm dependencies once, and every dependency it only
 * discovers later makes it re-bundle all of them. The new bundles have new chunk names, so a page
 * that already loaded React from the first bundle imports a second React from the new one, and
 * hydration fails until the reload Vite sends afterwards. Two things caused late discoveries:
 *
 * 1. Remix 2 gives Vite no entries to scan (`optimizeDeps.entries: []` unless the unstable
 *    `unstable_optimizeDeps` flag is set), so nothing was known until the browser asked for it.
 *    {@link CLIENT_SCAN_ENTRIES} are the modules the browser starts from.
 * 2. In dev, Remix collects the CSS of a page by walking the server's module graph and looking
 *    each import up in the client module graph (`getStylesForFiles` → `moduleGraph.getModuleByUrl`).
 *    A bare import of the server (`isbot`, `react-dom/server`, `zod`) is resolved in the client
 *    environment by that lookup, and the client optimizer registers it as a newly discovered
 *    browser dependency. {@link serverImportsStayOutOfClientBundles} answers those lookups
 *    without registering anything.
 */

/** @typedef {NonNullable<NonNullable<import("vite").DepOptimizationOptions["esbuildOptions"]>["plugins"]>[number]} EsbuildPlugin */

/** Relative to the app root; route modules are scanned for their browser imports only. */
export const CLIENT_SCAN_ENTRIES = Object.freeze([
  "app/entry.client.tsx",
  "app/root.tsx",
  "app/routes/**/*.{ts,tsx}",
]);

/**
 * Keeps the dependency scan out of `*.server.*` modules: Remix removes them (and the loaders and
 * actions that use them) from browser code, so their imports are never browser dependencies.
 * Following them would also reach the server-only packages, which the bundle guard refuses, and
 * a failed scan leaves every dependency to be discovered late.
 *
 * @type {EsbuildPlugin}
 */
export const skipServerModulesInScan = {
  name: "tsunagu:skip-server-modules-in-scan",
  setup(build) {
    build.onResolve({ filter: /\.server(\.[cm]?[jt]sx?)?$/ }, (args) =>
      args.kind === "entry-point" ? undefined : { path: args.path, external: true },
    );
  },
};

/** A package specifier (`zod`, `@radix-ui/react-slot/sub`); not a path, URL, `node:` or virtual id. */
const BARE_IMPORT = /^[\w@][^:]*$/;

/**
 * In the client environment, resolves a bare import looked up without a real importer (Vite
 * then uses `<root>/index.html`, which a Remix app does not have) to an id no module has. The
 * only such lookups are the dev server's own, for imports of server code (see above): the browser
 * always resolves an import from the module that contains it. The lookup finds no module, which
 * is the truth for the browser, and the optimizer learns of no dependency.
 *
 * @returns {import("vite").Plugin}
 */
export function serverImportsStayOutOfClientBundles() {
  let rootImporter = "";
  return {
    name: "tsunagu:server-imports-stay-out-of-client-bundles",
    apply: "serve",
    enforce: "pre",
    configResolved(config) {
      rootImporter = join(config.root, "index.html");
    },
    applyToEnvironment: (environment) => environment.name === "client",
    resolveId(id, importer, options) {
      // `scan` is set (untyped) while Vite's dependency scanner resolves; let that through.
      const scanning = /** @type {{ scan?: boolean }} */ (options).scan === true;
      if (scanning || importer !== rootImporter || !BARE_IMPORT.test(id)) return null;
      return { id: `\0server-import:${id}`, external: true };
    },
  };
}
