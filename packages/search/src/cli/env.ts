import { readDbEnv } from "@tsunagu/db";
import { searchEnv } from "../env";
import { searchTokenEnv } from "../token-env";

/** Validates both connections up front, so a CLI fails with the name of what is missing. */
export function requireCliEnv(): { databaseUrl: string } {
  try {
    searchEnv();
    searchTokenEnv();
    return { databaseUrl: readDbEnv().DATABASE_URL };
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(
      "Set DATABASE_URL, MEILI_URL, MEILI_API_KEY (the indexer key from pnpm search:keys) and SEARCH_TOKEN_SECRET (the employer app's; pnpm dev keeps it in .data/search-token-secret), then run again.",
    );
    process.exit(2);
  }
}
