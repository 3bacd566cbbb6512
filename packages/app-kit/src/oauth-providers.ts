import {
  oauthProvidersFromEnv,
  readAuthEnv,
  type OAuthProviderClient,
  type OAuthProviders,
} from "@tsunagu/auth";
import type { OAuthProvider } from "@tsunagu/db";

/** URL segment (`/auth/google`) ↔ provider, with the name shown on its button. */
const PROVIDERS = [
  { id: "google", provider: "GOOGLE", name: "Google" },
  { id: "facebook", provider: "FACEBOOK", name: "Facebook" },
  { id: "microsoft", provider: "MICROSOFT", name: "Microsoft" },
] as const satisfies ReadonlyArray<{ id: string; provider: OAuthProvider; name: string }>;

export type OAuthProviderId = (typeof PROVIDERS)[number]["id"];
export type OAuthProviderEntry = (typeof PROVIDERS)[number];
/** What a sign-in or sign-up page needs to draw a provider's button. */
export type OAuthButton = { id: OAuthProviderId; name: string };

/**
 * The providers one app offers (`offered`, e.g. employers: Google and Microsoft) that the
 * environment configures (client id and secret; the same variables for every app), and their
 * clients. Clients are built once per process (OpenID discovery is a network round trip); a
 * failed build is retried next time instead of being cached.
 */
export function oauthProviderCatalogue(options: {
  offered: readonly OAuthProviderId[];
  appOrigin: string;
  env?: Record<string, string | undefined>;
}) {
  const authEnv = readAuthEnv(options.env ?? process.env);
  const configured: Record<OAuthProvider, boolean> = {
    GOOGLE: Boolean(authEnv.GOOGLE_CLIENT_ID && authEnv.GOOGLE_CLIENT_SECRET),
    FACEBOOK: Boolean(authEnv.FACEBOOK_CLIENT_ID && authEnv.FACEBOOK_CLIENT_SECRET),
    MICROSOFT: Boolean(authEnv.MICROSOFT_CLIENT_ID && authEnv.MICROSOFT_CLIENT_SECRET),
  };
  const available = PROVIDERS.filter(
    (entry) => options.offered.includes(entry.id) && configured[entry.provider],
  );
  let clients: Promise<OAuthProviders> | null = null;

  /** The provider of a URL segment, or null when this app does not offer it or it is not configured. */
  const byId = (id: string | undefined): OAuthProviderEntry | null =>
    available.find((entry) => entry.id === id) ?? null;

  return {
    /** The buttons to show. */
    buttons: (): OAuthButton[] => available.map(({ id, name }) => ({ id, name })),
    /** The providers offered and configured, with their database names. */
    entries: (): readonly OAuthProviderEntry[] => available,
    byId,
    /** The provider shown under this name on its button ("Google"), or null. */
    byName: (name: string | null | undefined): OAuthProviderEntry | null =>
      available.find((entry) => entry.name === name) ?? null,
    async client(id: string | undefined): Promise<OAuthProviderClient | null> {
      const entry = byId(id);
      if (!entry) return null;
      clients ??= oauthProvidersFromEnv(
        (provider) =>
          new URL(
            `/auth/${PROVIDERS.find((known) => known.provider === provider)?.id}/callback`,
            options.appOrigin,
          ).toString(),
        authEnv,
      ).catch((error: unknown) => {
        clients = null;
        throw error;
      });
      return (await clients)[entry.provider] ?? null;
    },
  };
}

export type OAuthProviderCatalogue = ReturnType<typeof oauthProviderCatalogue>;
