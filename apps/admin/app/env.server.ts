import { readAppEnv } from "@tsunagu/account";

/** Validated once when the server starts: entry.server imports this module. */
export const env = readAppEnv("admin", 3002);
