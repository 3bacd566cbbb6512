import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/**
 * Meilisearch connection, validated on first use so importing types never throws.
 * MEILI_API_KEY is the key of this process's role (see keys.ts and `pnpm search:keys`): a
 * search-only key in the apps, the indexing key in the worker and the reindex/verify commands.
 * The master key is not read here: only key management needs it.
 */
let cached: { MEILI_URL: string; MEILI_API_KEY: string; MEILI_INDEX_PREFIX: string } | undefined;

export function searchEnv() {
  cached ??= createEnv({
    server: {
      MEILI_URL: z.url(),
      MEILI_API_KEY: z.string().min(16, "MEILI_API_KEY must be at least 16 bytes (pnpm search:keys prints the keys)"),
      MEILI_INDEX_PREFIX: z.string().regex(/^[a-zA-Z0-9_-]*$/).default(""),
    },
    runtimeEnv: process.env,
    emptyStringAsUndefined: true,
  });
  return cached;
}
