import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/**
 * The admin app's environment, validated once when the server starts (entry.server imports
 * this module). A missing or malformed variable stops the process with its name in the
 * message instead of failing on the first request that needs it.
 */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({
      protocol: /^postgres(ql)?$/,
      error: "must be a postgresql:// connection URL",
    }),
    PORT: z.coerce.number().int().min(1).max(65535).optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
  onValidationError(issues) {
    const lines = issues.map((issue) => {
      const name = issue.path
        ?.map((segment) => String(typeof segment === "object" ? segment.key : segment))
        .join(".");
      const problem = name && process.env[name] === undefined ? "is not set" : issue.message;
      return `  - ${name ?? "(environment)"} ${problem}`;
    });
    throw new Error(
      `@tsunagu/admin cannot start; fix these environment variables:\n${lines.join("\n")}`,
    );
  },
});
