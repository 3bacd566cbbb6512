import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/**
 * The key of the exclusion tokens in resume documents (R10), validated on first use. Apart from
 * searchEnv because only the indexing side (worker, reindex, verify) and the employer search
 * need it; the seeker app's job search does not. Both sides must use the same value, and
 * changing it needs a full reindex (`pnpm search:reindex`), or blocked companies count again.
 */
let cached: { SEARCH_TOKEN_SECRET: string } | undefined;

export function searchTokenEnv(source: Record<string, string | undefined> = process.env) {
  const read = () =>
    createEnv({
      server: { SEARCH_TOKEN_SECRET: z.string().min(32, "SEARCH_TOKEN_SECRET must be at least 32 characters of random data") },
      runtimeEnv: source,
      emptyStringAsUndefined: true,
      // Names the variable and the rule, never the value.
      onValidationError(issues) {
        const problem = source.SEARCH_TOKEN_SECRET ? issues[0]?.message : "SEARCH_TOKEN_SECRET is not set";
        throw new Error(`${problem}. Use the same value for the search worker, reindex, verify and the employer app.`);
      },
    });
  if (source !== process.env) return read();
  cached ??= read();
  return cached;
}
