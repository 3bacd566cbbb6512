import type { OAuthProvider } from "@tsunagu/db";
import { CodeChallengeMethod, Facebook, Google, MicrosoftEntraId, OAuth2Client } from "arctic";
import { z } from "zod";

import { readAuthEnv, type AuthEnv } from "../env";
import { emailVerifiedClaim, readIdToken, type OAuthProviderClient } from "./identity";

const OIDC_SCOPES = ["openid", "email", "profile"];

export interface ProviderCredentials {
  clientId: string;
  clientSecret: string;
  /** Our callback URL registered with the provider. */
  redirectUri: string;
}

export function googleProvider(credentials: ProviderCredentials): OAuthProviderClient {
  const google = new Google(
    credentials.clientId,
    credentials.clientSecret,
    credentials.redirectUri,
  );
  return {
    provider: "GOOGLE",
    createAuthorizationUrl: (state, codeVerifier) =>
      google.createAuthorizationURL(state, codeVerifier, OIDC_SCOPES),
    async identify(code, codeVerifier) {
      const tokens = await google.validateAuthorizationCode(code, codeVerifier);
      const claims = readIdToken(tokens.idToken(), {
        issuer: (iss) => iss === "https://accounts.google.com" || iss === "accounts.google.com",
        clientId: credentials.clientId,
      });
      return {
        provider: "GOOGLE",
        providerUserId: claims.sub,
        email: claims.email ?? null,
        emailVerified: emailVerifiedClaim(claims),
      };
    },
  };
}

/** Tenant id Entra ID uses for personal Microsoft accounts, whose sign-in email is verified. */
const MICROSOFT_CONSUMER_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";

export function microsoftProvider(
  credentials: ProviderCredentials & { tenant: string },
): OAuthProviderClient {
  const entra = new MicrosoftEntraId(
    credentials.tenant,
    credentials.clientId,
    credentials.clientSecret,
    credentials.redirectUri,
  );
  return {
    provider: "MICROSOFT",
    createAuthorizationUrl: (state, codeVerifier) =>
      entra.createAuthorizationURL(state, codeVerifier, OIDC_SCOPES),
    async identify(code, codeVerifier) {
      const tokens = await entra.validateAuthorizationCode(code, codeVerifier);
      const claims = readIdToken(tokens.idToken(), {
        issuer: (iss) => iss.startsWith("https://login.microsoftonline.com/"),
        clientId: credentials.clientId,
      });
      // A work or school tenant can put any address in `email` without proving it; Entra only
      // vouches for it through the optional `xms_edov` claim (email domain owner verified).
      const emailVerified = claims.tid === MICROSOFT_CONSUMER_TENANT || claims.xms_edov === true;
      return {
        provider: "MICROSOFT",
        providerUserId: claims.sub,
        email: claims.email ?? null,
        emailVerified,
      };
    },
  };
}

const facebookProfile = z.object({ id: z.string().min(1), email: z.string().optional() });

/**
 * Facebook has no OpenID Connect for web sign-in and no PKCE in arctic's client (the verifier
 * is ignored; the state check still protects the callback). Its Graph API does not say whether
 * an email was confirmed, so a Facebook email is never trusted for linking to an existing account.
 */
export function facebookProvider(credentials: ProviderCredentials): OAuthProviderClient {
  const facebook = new Facebook(
    credentials.clientId,
    credentials.clientSecret,
    credentials.redirectUri,
  );
  return {
    provider: "FACEBOOK",
    createAuthorizationUrl: (state) =>
      facebook.createAuthorizationURL(state, ["email", "public_profile"]),
    async identify(code) {
      const tokens = await facebook.validateAuthorizationCode(code);
      const response = await fetch("https://graph.facebook.com/v21.0/me?fields=id,email", {
        headers: { Authorization: `Bearer ${tokens.accessToken()}` },
      });
      if (!response.ok) throw new Error(`Facebook profile request failed (${response.status})`);
      const profile = facebookProfile.parse(await response.json());
      return {
        provider: "FACEBOOK",
        providerUserId: profile.id,
        email: profile.email ?? null,
        emailVerified: false,
      };
    },
  };
}

const discoveryDocument = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
});

/**
 * Any OpenID Connect provider found by discovery, with PKCE (S256). arctic's Google and Entra
 * classes hard-code their endpoints, so this generic client is what lets tests run the real
 * authorization-code flow against a local OpenID provider standing in for Google; the same code
 * path (ID token claims, linking) is what production providers feed into.
 */
export async function discoverOidcProvider(
  provider: OAuthProvider,
  credentials: ProviderCredentials & { issuer: string },
): Promise<OAuthProviderClient> {
  const response = await fetch(
    new URL(".well-known/openid-configuration", withSlash(credentials.issuer)),
  );
  if (!response.ok) throw new Error(`OpenID discovery failed (${response.status})`);
  const metadata = discoveryDocument.parse(await response.json());
  if (metadata.issuer !== credentials.issuer) throw new Error("OpenID discovery issuer mismatch");
  const client = new OAuth2Client(
    credentials.clientId,
    credentials.clientSecret,
    credentials.redirectUri,
  );
  return {
    provider,
    createAuthorizationUrl: (state, codeVerifier) =>
      client.createAuthorizationURLWithPKCE(
        metadata.authorization_endpoint,
        state,
        CodeChallengeMethod.S256,
        codeVerifier,
        OIDC_SCOPES,
      ),
    async identify(code, codeVerifier) {
      const tokens = await client.validateAuthorizationCode(
        metadata.token_endpoint,
        code,
        codeVerifier,
      );
      const claims = readIdToken(tokens.idToken(), {
        issuer: (iss) => iss === metadata.issuer,
        clientId: credentials.clientId,
      });
      return {
        provider,
        providerUserId: claims.sub,
        email: claims.email ?? null,
        emailVerified: emailVerifiedClaim(claims),
      };
    },
  };
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}

export type OAuthProviders = Partial<Record<OAuthProvider, OAuthProviderClient>>;

/**
 * The providers configured in the environment; one without both client id and secret is left
 * out (its button should not be shown). `redirectUriFor` gives the app's callback URL.
 * GOOGLE_ISSUER / MICROSOFT_ISSUER point a provider at another OpenID issuer through discovery
 * (end-to-end tests use a local oidc-provider); production leaves them unset.
 */
export async function oauthProvidersFromEnv(
  redirectUriFor: (provider: OAuthProvider) => string,
  env: AuthEnv = readAuthEnv(),
): Promise<OAuthProviders> {
  const providers: OAuthProviders = {};
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    const credentials = {
      clientId: env.GOOGLE_CLIENT_ID,
      clientSecret: env.GOOGLE_CLIENT_SECRET,
      redirectUri: redirectUriFor("GOOGLE"),
    };
    providers.GOOGLE = env.GOOGLE_ISSUER
      ? await discoverOidcProvider("GOOGLE", { ...credentials, issuer: env.GOOGLE_ISSUER })
      : googleProvider(credentials);
  }
  if (env.FACEBOOK_CLIENT_ID && env.FACEBOOK_CLIENT_SECRET) {
    providers.FACEBOOK = facebookProvider({
      clientId: env.FACEBOOK_CLIENT_ID,
      clientSecret: env.FACEBOOK_CLIENT_SECRET,
      redirectUri: redirectUriFor("FACEBOOK"),
    });
  }
  if (env.MICROSOFT_CLIENT_ID && env.MICROSOFT_CLIENT_SECRET) {
    const credentials = {
      clientId: env.MICROSOFT_CLIENT_ID,
      clientSecret: env.MICROSOFT_CLIENT_SECRET,
      redirectUri: redirectUriFor("MICROSOFT"),
    };
    providers.MICROSOFT = env.MICROSOFT_ISSUER
      ? await discoverOidcProvider("MICROSOFT", { ...credentials, issuer: env.MICROSOFT_ISSUER })
      : microsoftProvider({ ...credentials, tenant: env.MICROSOFT_TENANT });
  }
  return providers;
}
