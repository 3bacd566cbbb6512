import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The monorepo root, found by walking up to `pnpm-workspace.yaml` so the services work no matter
 * which package or tool (tsx, vitest, Playwright) started them or what the cwd is.
 */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        `Could not find the Tsunagu repository root (pnpm-workspace.yaml) above ${from}`,
      );
    }
    dir = parent;
  }
}

/** `<repo>/.data`: git-ignored home of every piece of local state (databases, keys, binaries). */
export function defaultDataRoot(): string {
  return join(findRepoRoot(), ".data");
}

/**
 * Where the verified Meilisearch binary is copied to. Shared by dev and test runs (even when their
 * data directories differ) so the 130 MB copy happens once per checkout.
 */
export function defaultBinDir(): string {
  return join(defaultDataRoot(), "bin");
}
