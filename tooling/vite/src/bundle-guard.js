// @ts-check
// Plain JavaScript with JSDoc types: Vite loads app configs with Node's own loader, which
// cannot import TypeScript from a linked workspace package.
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/**
 * Packages that hold secrets, database access or privileged logic. They may run on the server
 * only; a browser bundle that contains any of them leaks code (and possibly configuration) and
 * would crash at runtime anyway.
 */
export const SERVER_ONLY_PACKAGES = Object.freeze([
  "@tsunagu/db",
  "@tsunagu/auth",
  "@tsunagu/search",
  "@tsunagu/api",
  "@tsunagu/app-kit",
]);

export const BUNDLE_GUARD_NAME = "tsunagu:bundle-guard";

/**
 * @typedef {object} BundleGuardOptions
 * @property {readonly string[]} [serverOnlyPackages] Package names that must never reach a client bundle.
 * @property {string} [root] Directory used to shorten paths in error messages. Defaults to Vite's root.
 */

/**
 * Fails the client build when a server-only workspace package is part of the browser module
 * graph, naming the chain of importers that pulled it in.
 *
 * Remix already refuses `*.server.ts` modules in the client; this guard covers the packages
 * themselves, so `import { db } from "@tsunagu/db"` in a component fails the build instead of
 * shipping Prisma to the browser. Detection goes by the owning package.json's name, so it holds
 * for bare imports, deep imports and relative paths into the package alike.
 *
 * @param {BundleGuardOptions} [options]
 * @returns {import("vite").Plugin}
 */
export function bundleGuard(options = {}) {
  const serverOnly = new Set(options.serverOnlyPackages ?? SERVER_ONLY_PACKAGES);
  /** @type {Map<string, string | null>} */
  const packageNames = new Map();
  let root = options.root ?? process.cwd();

  /** @param {string} dir @returns {string | null} */
  function packageNameOfDir(dir) {
    const cached = packageNames.get(dir);
    if (cached !== undefined) return cached;
    /** @type {string | null} */
    let name;
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      name = typeof manifest.name === "string" ? manifest.name : null;
    } catch {
      const parent = dirname(dir);
      name = parent === dir ? null : packageNameOfDir(parent);
    }
    packageNames.set(dir, name);
    return name;
  }

  /**
   * The server-only package a module id belongs to, or null.
   * @param {string} id
   */
  function serverOnlyPackageOf(id) {
    const bare = [...serverOnly].find((pkg) => id === pkg || id.startsWith(`${pkg}/`));
    if (bare) return bare;
    if (!id.startsWith("/")) return null; // virtual modules (\0…) and unresolved bare ids
    const file = id.split("?")[0] ?? id;
    const name = packageNameOfDir(dirname(file));
    return name !== null && serverOnly.has(name) ? name : null;
  }

  /** A module id as a reader knows it: relative to the app, without Vite's query suffixes. */
  /** @param {string} id */
  const display = (id) => {
    const path = id.split("?")[0] ?? id;
    return path.startsWith("/") ? relative(root, path) || path : path.replace(/\0/g, "");
  };
  /** @param {string[]} chain */
  const describeChain = (chain) =>
    chain
      .map(display)
      .filter((step, index, steps) => step !== steps[index - 1])
      .join(" → ");

  return {
    name: BUNDLE_GUARD_NAME,
    enforce: "pre",

    configResolved(config) {
      root = options.root ?? config.root;
    },

    // Dev server: refuse the import the moment a browser module asks for it.
    resolveId: {
      order: "pre",
      async handler(source, importer, resolveOptions) {
        if (this.environment.config.consumer !== "client" || this.environment.mode !== "dev")
          return null;
        if (!importer) return null;
        // Remix's dev server crawls route modules for their CSS from a synthetic index.html
        // importer, server code included; and `.server` modules are Remix's own guard's job.
        // Neither is a browser module asking for the package.
        const importerPath = importer.split("?")[0] ?? importer;
        if (
          importerPath.endsWith("index.html") ||
          /\.server(\.[cm]?[jt]sx?)?$|\/\.server\//.test(importerPath)
        )
          return null;
        const resolved = await this.resolve(source, importer, {
          ...resolveOptions,
          skipSelf: true,
        });
        const pkg = serverOnlyPackageOf(resolved?.id ?? source);
        if (pkg) {
          this.error(
            `${pkg} is server-only and cannot be imported into browser code: ${display(importer)} → ${source}. ` +
              `Reach it through an app/lib/*.server.ts module used from a loader or action.`,
          );
        }
        return null;
      },
    },

    // Build: inspect the finished client module graph so the message can show the whole chain.
    // This also runs when the build already failed: server code in a browser build usually
    // breaks first on a missing Node built-in, and the guard's message says what actually
    // went wrong.
    buildEnd() {
      if (this.environment.config.consumer !== "client") return;
      /** @type {string[]} */
      const offenders = [];
      for (const id of this.getModuleIds()) {
        const pkg = serverOnlyPackageOf(id);
        if (!pkg) continue;
        const importers = this.getModuleInfo(id)?.importers ?? [];
        // Report only where the package is entered from outside, not its internal modules.
        const entryPoints = importers.filter((importer) => serverOnlyPackageOf(importer) !== pkg);
        if (entryPoints.length === 0 && importers.length > 0) continue;
        offenders.push(`  ${pkg}: ${describeChain(importChain(id, (m) => this.getModuleInfo(m)))}`);
      }
      if (offenders.length > 0) {
        this.error(
          `Server-only packages reached the client bundle (${BUNDLE_GUARD_NAME}):\n${offenders.join("\n")}\n` +
            `Import them only from app/lib/*.server.ts modules used by loaders and actions.`,
        );
      }
    },
  };
}

/**
 * Shortest importer path from an entry module down to `target` (breadth-first, upwards).
 * @param {string} target
 * @param {(id: string) => { importers: readonly string[]; isEntry: boolean } | null} info
 * @returns {string[]}
 */
function importChain(target, info) {
  /** @type {Map<string, string | null>} */
  const parent = new Map([[target, null]]);
  const queue = [target];
  /** @type {string | undefined} */
  let entry;
  while (queue.length > 0) {
    const current = /** @type {string} */ (queue.shift());
    const module = info(current);
    if (!module || module.isEntry || module.importers.length === 0) {
      entry = current;
      break;
    }
    for (const importer of module.importers) {
      if (!parent.has(importer)) {
        parent.set(importer, current);
        queue.push(importer);
      }
    }
  }
  /** @type {string[]} */
  const chain = [];
  for (
    let step = /** @type {string | null | undefined} */ (entry ?? target);
    step;
    step = parent.get(step)
  ) {
    chain.push(step);
  }
  return chain;
}
