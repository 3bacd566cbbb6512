/**
 * `pnpm --filter @tsunagu/db generate`: `prisma generate` (generator `prisma-client`, output
 * src/generated/prisma), offline.
 *
 * Generating the client needs no engine binary, but the Prisma CLI still makes sure a native
 * schema engine is present and downloads it (and its checksum) when it is not — which fails on
 * machines without access to Prisma's binary host. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any
 * existing executable satisfies that check; nothing runs it during `generate`.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const schemaPath = join(packageRoot, "prisma", "schema.prisma");

if (!existsSync(schemaPath)) {
  console.error(
    `Cannot generate the Prisma client: ${relative(process.cwd(), schemaPath) || schemaPath} does not exist yet.`,
  );
  process.exit(1);
}

const prismaCli = join(
  dirname(createRequire(import.meta.url).resolve("prisma/package.json")),
  "build",
  "index.js",
);
const stubEngine = existsSync("/bin/true") ? "/bin/true" : process.execPath;

// Regenerating replaces the client's files one by one, so a process that imports the client at
// that moment (an e2e run whose build regenerates while its test process loads) finds some
// missing. The client is rewritten only when the schema or the Prisma version changed.
const outputDir = join(packageRoot, "src", "generated", "prisma");
const stampPath = join(packageRoot, "src", "generated", ".schema-hash");
const prismaVersion = JSON.parse(
  readFileSync(join(dirname(prismaCli), "..", "package.json"), "utf8"),
) as { version: string };
const stamp = createHash("sha256")
  .update(readFileSync(schemaPath))
  .update(prismaVersion.version)
  .digest("hex");
const complete = ["client.ts", join("internal", "class.ts")].every((file) =>
  existsSync(join(outputDir, file)),
);
if (
  process.env.PRISMA_GENERATE_FORCE !== "1" &&
  complete &&
  existsSync(stampPath) &&
  readFileSync(stampPath, "utf8") === stamp
) {
  console.info("The Prisma client in src/generated/prisma is up to date with the schema.");
  process.exit(0);
}

const started = performance.now();
const result = spawnSync(process.execPath, [prismaCli, "generate", "--schema", schemaPath], {
  cwd: packageRoot,
  stdio: ["ignore", "pipe", "pipe"],
  encoding: "utf8",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || stubEngine,
    // Do not fetch checksums for engines, telemetry or update notices.
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    PRISMA_DISABLE_WARNINGS: "1",
  },
});

if (result.error) {
  console.error(`Cannot run the Prisma CLI (${prismaCli}): ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  process.stderr.write(result.stdout);
  process.stderr.write(result.stderr);
  console.error(`prisma generate failed (exit code ${result.status ?? result.signal}).`);
  process.exit(result.status ?? 1);
}
writeFileSync(stampPath, stamp);
console.info(
  `Generated the Prisma client in src/generated/prisma (${((performance.now() - started) / 1000).toFixed(1)} s).`,
);
