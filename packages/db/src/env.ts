import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** Environment of @tsunagu/db, validated once, on first use (importing this never throws). */
export interface DbEnv {
  DATABASE_URL: string;
  /** Connections in the shared client's pool (node-postgres defaults to 10). */
  DATABASE_POOL_SIZE: number;
}

const postgresUrl = z.url({
  protocol: /^postgres(ql)?$/,
  error: (issue) =>
    issue.input === undefined
      ? "is not set; point it at PostgreSQL, e.g. postgresql://user:password@127.0.0.1:5432/tsunagu"
      : "must be a postgresql:// connection URL",
});

const poolSize = z.coerce
  .number({ error: "must be a whole number of connections" })
  .int({ error: "must be a whole number of connections" })
  .min(1, { error: "must be at least 1" })
  .max(500, { error: "must be at most 500" })
  .default(10);

let cached: DbEnv | undefined;

export function readDbEnv(runtimeEnv: NodeJS.ProcessEnv = process.env): DbEnv {
  if (runtimeEnv === process.env && cached) return cached;
  const env = createEnv({
    server: { DATABASE_URL: postgresUrl, DATABASE_POOL_SIZE: poolSize },
    runtimeEnv,
    emptyStringAsUndefined: true,
    // Name the variable and the rule, never echo the value: a URL carries a password.
    onValidationError: (issues) => {
      const lines = issues.map((issue) => {
        const name = issue.path?.map((p) => (typeof p === "object" ? p.key : p)).join(".") ?? "?";
        return `  ${String(name)}: ${issue.message}`;
      });
      throw new Error(`Invalid environment for @tsunagu/db:\n${lines.join("\n")}`);
    },
  });
  const result: DbEnv = {
    DATABASE_URL: env.DATABASE_URL,
    DATABASE_POOL_SIZE: env.DATABASE_POOL_SIZE,
  };
  if (runtimeEnv === process.env) cached = result;
  return result;
}
