import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Plugin } from "vite";

/**
 * Packages that hold secrets, database access or privileged logic. They may run on the server
 * only; a browser bundle that contains any of them leaks code (and possibly configuration) and
 * would crash at runtime anyway.
 */
export const SERVER_ONLY_PACKAGES = ["@tsunagu/db", "@tsunagu/auth", "@tsunagu/search", "@tsunagu/api"] as const;

export interface BundleGuardOptions {
  /** Package names that must never reach a client bundle. */
  serverOnlyPackages?: readonly string[];
  /** Directory used to shorten paths in error messages. Defaults to Vite's root. */
  root?: string;
}

export const BUNDLE_GUARD_NAME = "tsunagu:bundle-guard";

/**
 * Fails the client build when a server-only workspace package is part of the browser module
 * graph, naming the chain of importers that pulled it in.
 *
 * Remix already refuses `*.server.ts` modules in the client; this guard covers the packages
 * themselves, so `import { db } from "@tsunagu/db"` in a component fails the build instead of
 * shipping Prisma to the browser. Detection goes by the owning package.json's name, so it holds
 * for bare imports, deep imports and relative paths into the package alike.
 */
export function bundleGuard(options: BundleGuardOptions = {}): Plugin {
  const serverOnly = new Set(options.serverOnlyPackages ?? SERVER_ONLY_PACKAGES);
  const packageNames = new Map<string, string | null>();
  let root = options.root ?? process.cwd();

  function packageNameOfDir(dir: string): string | null {
    const cached = packageNames.get(dir);
    if (cached !== undefined) return cached;
    let name: string | null;
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: unknown };
      name = typeof manifest.name === "string" ? manifest.name : null;
    } catch {
      const parent = dirname(dir);
      name = parent === dir ? null : packageNameOfDir(parent);
    }
    packageNames.set(dir, name);
    return name;
  }

  /** The server-only package a module id belongs to, or null. */
  function serverOnlyPackageOf(id: string): string | null {
    const bare = [...serverOnly].find((pkg) => id === pkg || id.startsWith(`${pkg}/`));
    if (bare) return bare;
    if (!id.startsWith("/")) return null; // virtual modules (\0…) and unresolved bare ids
    const file = id.split("?")[0] ?? id;
    const name = packageNameOfDir(dirname(file));
    return name !== null && serverOnly.has(name) ? name : null;
  }

  const display = (id: string) => (id.startsWith("/") ? relative(root, id) || id : id.replace(/\0/g, ""));

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
        if (this.environment.config.consumer !== "client" || this.environment.mode !== "dev") return null;
        if (!importer) return null;
        const resolved = await this.resolve(source, importer, { ...resolveOptions, skipSelf: true });
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
    buildEnd(error) {
      if (error || this.environment.config.consumer !== "client") return;
      const offenders: string[] = [];
      for (const id of this.getModuleIds()) {
        const pkg = serverOnlyPackageOf(id);
        if (!pkg) continue;
        const importers = this.getModuleInfo(id)?.importers ?? [];
        // Report only where the package is entered from outside, not its internal modules.
        const entryPoints = importers.filter((importer) => serverOnlyPackageOf(importer) !== pkg);
        if (entryPoints.length === 0 && importers.length > 0) continue;
        offenders.push(`  ${pkg}: ${importChain(id, (m) => this.getModuleInfo(m)).map(display).join(" → ")}`);
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

interface ModuleGraphInfo {
  importers: readonly string[];
  isEntry: boolean;
}

/** Shortest importer path from an entry module down to `target` (breadth-first, upwards). */
function importChain(target: string, info: (id: string) => ModuleGraphInfo | null): string[] {
  const parent = new Map<string, string | null>([[target, null]]);
  const queue = [target];
  let entry: string | undefined;
  while (queue.length > 0) {
    const current = queue.shift()!;
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
  const chain: string[] = [];
  for (let step: string | null | undefined = entry ?? target; step; step = parent.get(step)) chain.push(step);
  return chain;
}
