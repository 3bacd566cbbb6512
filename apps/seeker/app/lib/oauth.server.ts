import type { OAuthProvider } from "@tsunagu/db";
import {
  oauthProvidersFromEnv,
  readAuthEnv,
  type OAuthProviderClient,
  type OAuthProviders,
} from "@tsunagu/auth";
import { kit } from "./kit.server";

/** URL segment (`/auth/google`) ↔ provider, with the name shown on its button. */
const PROVIDERS = [
  { id: "google", provider: "GOOGLE", name: "Google" },
  { id: "facebook", provider: "FACEBOOK", name: "Facebook" },
  { id: "microsoft", provider: "MICROSOFT", name: "Microsoft" },
] as const satisfies ReadonlyArray<{ id: string; provider: OAuthProvider; name: string }>;

export type OAuthProviderInfo = { id: string; name: string };

/** The buttons to show: providers with both a client id and a secret configured. */
export function configuredOAuthProviders(): OAuthProviderInfo[] {
  const authEnv = readAuthEnv();
  const configured: Record<OAuthProvider, boolean> = {
    GOOGLE: Boolean(authEnv.GOOGLE_CLIENT_ID && authEnv.GOOGLE_CLIENT_SECRET),
    FACEBOOK: Boolean(authEnv.FACEBOOK_CLIENT_ID && authEnv.FACEBOOK_CLIENT_SECRET),
    MICROSOFT: Boolean(authEnv.MICROSOFT_CLIENT_ID && authEnv.MICROSOFT_CLIENT_SECRET),
  };
  return PROVIDERS.filter((entry) => configured[entry.provider]).map(({ id, name }) => ({
    id,
    name,
  }));
}

export function providerInfo(id: string | undefined) {
  return PROVIDERS.find((entry) => entry.id === id) ?? null;
}

/** The provider shown under this name on its button ("Google"), or null. */
export function providerNamed(name: string) {
  return PROVIDERS.find((entry) => entry.name === name) ?? null;
}

let clients: Promise<OAuthProviders> | null = null;

/**
 * The provider client for a URL segment, or null when it is unknown or not configured. Built
 * once per process (OpenID discovery is a network round trip); a failed build is retried next
 * time instead of being cached.
 */
export async function oauthClient(id: string | undefined): Promise<OAuthProviderClient | null> {
  const info = providerInfo(id);
  if (!info) return null;
  clients ??= oauthProvidersFromEnv((provider) =>
    new URL(
      `/auth/${PROVIDERS.find((entry) => entry.provider === provider)?.id}/callback`,
      kit.env.APP_ORIGIN,
    ).toString(),
  ).catch((error: unknown) => {
    clients = null;
    throw error;
  });
  return (await clients)[info.provider] ?? null;
}
