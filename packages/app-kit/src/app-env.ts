import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export type AppName = "seeker" | "employer" | "admin";

/**
 * An app's environment, validated once when its server starts (each app's env.server.ts calls
 * this at import, and entry.server imports that module). A missing or malformed variable stops
 * the process with its name in the message instead of failing on the first request that needs it.
 *
 * `devPort` is where `pnpm dev` serves the app: the default origin when APP_ORIGIN is not set
 * on a local machine.
 */
export function readAppEnv(
  app: AppName,
  devPort: number,
  source: Record<string, string | undefined> = process.env,
) {
  const localEnvironment =
    source.NODE_ENV !== "production" ||
    source.APP_ENV === "development" ||
    source.APP_ENV === "test";
  const env = createEnv({
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
      /** Without it no email is sent and pages say that the email may be delayed (N6). */
      SMTP_URL: z
        .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })
        .optional(),
      MAIL_FROM: z.string().min(3).default("Tsunagu <no-reply@tsunagu.local>"),
      /**
       * The seeker app's public origin, for links in mail another app sends to seekers (an
       * employer's invitation, F6). Locally it defaults to the seeker app's dev address.
       */
      SEEKER_APP_ORIGIN: z
        .url({ protocol: /^https?$/, error: "must be the seeker app's http(s):// origin" })
        .optional(),
      /**
       * Header in which the deployment's reverse proxy passes the client address (rate limits);
       * its last entry is used, the one that proxy appended. Unset: the socket's address.
       */
      CLIENT_IP_HEADER: z
        .string()
        .regex(/^[A-Za-z0-9-]+$/, "must be a header name")
        .optional(),
      /**
       * "1" states that clients connect to this server directly, so the socket's address is
       * theirs. Production needs this or CLIENT_IP_HEADER: behind a proxy without the header,
       * every visitor would share the proxy's address and one rate-limit bucket.
       */
      CLIENT_IP_FROM_SOCKET: z.enum(["0", "1"]).default("0"),
      /**
       * "1": the tRPC endpoint answers with a Server-Timing header of where each request spent
       * its time (`pnpm bench`, N1). Local and test servers only: on a public server the
       * durations would hint at other companies' searches.
       */
      SERVER_TIMING: z.enum(["0", "1"]).default("0"),
    },
    runtimeEnv: {
      ...source,
      APP_ORIGIN:
        source.APP_ORIGIN ||
        (localEnvironment ? `http://127.0.0.1:${source.PORT || devPort}` : undefined),
      SEEKER_APP_ORIGIN:
        source.SEEKER_APP_ORIGIN || (localEnvironment ? "http://127.0.0.1:3000" : undefined),
    },
    emptyStringAsUndefined: true,
    onValidationError(issues) {
      const lines = issues.map((issue) => {
        const name = issue.path
          ?.map((segment) => String(typeof segment === "object" ? segment.key : segment))
          .join(".");
        const problem = name && source[name] === undefined ? "is not set" : issue.message;
        return `  - ${name ?? "(environment)"} ${problem}`;
      });
      throw new Error(
        `@tsunagu/${app} cannot start; fix these environment variables:\n${lines.join("\n")}`,
      );
    },
  });
  if (!localEnvironment && !env.CLIENT_IP_HEADER && env.CLIENT_IP_FROM_SOCKET !== "1") {
    throw new Error(
      `@tsunagu/${app} cannot start; fix these environment variables:\n` +
        "  - CLIENT_IP_HEADER is not set: name the header your reverse proxy puts the client " +
        "address in, or set CLIENT_IP_FROM_SOCKET=1 if clients connect to this server directly",
    );
  }
  if (!localEnvironment && env.SERVER_TIMING === "1") {
    throw new Error(
      `@tsunagu/${app} cannot start; fix these environment variables:\n` +
        "  - SERVER_TIMING=1 is for local and benchmark servers (APP_ENV=test or development) only",
    );
  }
  return env;
}

export type AppEnv = ReturnType<typeof readAppEnv>;
