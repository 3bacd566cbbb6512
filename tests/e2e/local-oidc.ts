import { startLocalOidcProvider, type LocalOidcProvider } from "@tsunagu/auth/testing";
import { appUrl, type E2eApp } from "./apps";

/**
 * People who can sign in at the local OpenID provider that stands in for Google. Registered by
 * the global setup (the provider lives in that process); specs sign in with these login names,
 * or with an account's own address as the login name (`unverified:` before it: the provider
 * does not vouch for it).
 */
export const LOCAL_OIDC_ACCOUNTS = {
  /** Has no Tsunagu account yet: signing in creates one after the birth date is given. */
  newcomer: { sub: "google-newcomer", email: "google-newcomer@example.test", emailVerified: true },
} as const;

/**
 * A real OpenID provider on 127.0.0.1 configured as Google for the seeker and employer apps
 * (GOOGLE_ISSUER makes an app find it through discovery instead of accounts.google.com).
 */
export async function startGoogleStandIn(
  apps: readonly E2eApp[],
): Promise<{ provider: LocalOidcProvider; env: Record<string, string> }> {
  const provider = await startLocalOidcProvider({
    redirectUris: apps.map((app) => `${appUrl(app)}/auth/google/callback`),
  });
  for (const account of Object.values(LOCAL_OIDC_ACCOUNTS)) provider.addAccount(account);
  return {
    provider,
    env: {
      GOOGLE_ISSUER: provider.issuer,
      GOOGLE_CLIENT_ID: provider.clientId,
      GOOGLE_CLIENT_SECRET: provider.clientSecret,
    },
  };
}
