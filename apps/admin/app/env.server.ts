import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** Where `pnpm dev` serves this app; the default origin when APP_ORIGIN is not set locally. */
const DEV_PORT = 3002;

const localEnvironment =
  process.env.NODE_ENV !== "production" ||
  process.env.APP_ENV === "development" ||
  process.env.APP_ENV === "test";

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
    /**
     * The app's public origin: CSRF checks compare request Origins with it, and it decides
     * whether cookies are Secure. Required in production; locally it defaults to the loopback
     * address and port the app is served on.
     */
    APP_ORIGIN: z.url({ protocol: /^https?$/, error: "must be the app's http(s):// origin" }),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters of random data"),
    /** Header in which the deployment's reverse proxy passes the client address (rate limits). */
    CLIENT_IP_HEADER: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, "must be a header name")
      .optional(),
  },
  runtimeEnv: {
    ...process.env,
    APP_ORIGIN:
      process.env.APP_ORIGIN ||
      (localEnvironment ? `http://127.0.0.1:${process.env.PORT || DEV_PORT}` : undefined),
  },
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
