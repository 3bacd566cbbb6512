import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/**
 * Environment of @tsunagu/auth, validated on first use so that importing types never throws.
 * OAuth providers are optional: a provider whose client id or secret is missing is disabled.
 */
export interface AuthEnv {
  /** Key for IP hashes, rate-limit keys and sealed OAuth sign-ups. Never logged. */
  AUTH_SECRET: string;
  AUTH_MIN_SEEKER_AGE: number;
  GOOGLE_CLIENT_ID?: string;
  GOOGLE_CLIENT_SECRET?: string;
  /** Another OpenID issuer standing in for Google (local end-to-end tests only). */
  GOOGLE_ISSUER?: string;
  FACEBOOK_CLIENT_ID?: string;
  FACEBOOK_CLIENT_SECRET?: string;
  MICROSOFT_CLIENT_ID?: string;
  MICROSOFT_CLIENT_SECRET?: string;
  /** Entra ID tenant: "common" accepts work, school and personal Microsoft accounts. */
  MICROSOFT_TENANT: string;
  /** Another OpenID issuer standing in for Microsoft (local end-to-end tests only). */
  MICROSOFT_ISSUER?: string;
}

let cached: AuthEnv | undefined;

export function readAuthEnv(
  runtimeEnv: Record<string, string | undefined> = process.env,
): AuthEnv {
  if (runtimeEnv === process.env && cached) return cached;
  const env = createEnv({
    server: {
      AUTH_SECRET: z.string().min(32, "must be at least 32 characters of random data"),
      AUTH_MIN_SEEKER_AGE: z.coerce.number().int().min(13).max(21).default(16),
      GOOGLE_CLIENT_ID: z.string().optional(),
      GOOGLE_CLIENT_SECRET: z.string().optional(),
      GOOGLE_ISSUER: z.url().optional(),
      FACEBOOK_CLIENT_ID: z.string().optional(),
      FACEBOOK_CLIENT_SECRET: z.string().optional(),
      MICROSOFT_CLIENT_ID: z.string().optional(),
      MICROSOFT_CLIENT_SECRET: z.string().optional(),
      MICROSOFT_TENANT: z.string().default("common"),
      MICROSOFT_ISSUER: z.url().optional(),
    },
    runtimeEnv,
    emptyStringAsUndefined: true,
    // Name the variable and the rule, never the value: these are secrets.
    onValidationError: (issues) => {
      const lines = issues.map((issue) => {
        const name = issue.path?.map((p) => (typeof p === "object" ? p.key : p)).join(".") ?? "?";
        return `  ${String(name)}: ${issue.message}`;
      });
      throw new Error(`Invalid environment for @tsunagu/auth:\n${lines.join("\n")}`);
    },
  });
  const result: AuthEnv = { ...env };
  if (runtimeEnv === process.env) cached = result;
  return result;
}
