import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** Meilisearch connection, validated on first use so importing types never throws. */
let cached: { MEILI_URL: string; MEILI_MASTER_KEY: string; MEILI_INDEX_PREFIX: string } | undefined;

export function searchEnv() {
  cached ??= createEnv({
    server: {
      MEILI_URL: z.url(),
      MEILI_MASTER_KEY: z.string().min(16, "MEILI_MASTER_KEY must be at least 16 bytes"),
      MEILI_INDEX_PREFIX: z.string().regex(/^[a-zA-Z0-9_-]*$/).default(""),
    },
    runtimeEnv: process.env,
    emptyStringAsUndefined: true,
  });
  return cached;
}
