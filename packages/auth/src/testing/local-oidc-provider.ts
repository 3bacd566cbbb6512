import { generateKeyPairSync } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import Provider from "oidc-provider";

/** A person who can sign in at the local provider. */
export interface LocalOidcAccount {
  sub: string;
  email: string;
  emailVerified: boolean;
}

export interface LocalOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds or replaces an account; sign in with its `sub` as the login name. */
  addAccount(account: LocalOidcAccount): void;
  close(): Promise<void>;
}

/**
 * A real OpenID Provider (the `oidc-provider` package, certified by the OpenID Foundation) on
 * 127.0.0.1, standing in for Google or Microsoft in tests: authorization code + PKCE, ID tokens
 * carrying `email` and `email_verified` as Google's do. Its development login and consent pages
 * accept any login name that is a registered account's `sub`, or that names a person by their
 * address (see accountNamedByLogin), so a test in another process can sign in as the account
 * it just created.
 */
export async function startLocalOidcProvider(options: {
  /** Every app callback that may receive the browser back (one client serves all the apps). */
  redirectUris: string[];
}): Promise<LocalOidcProvider> {
  const accounts = new Map<string, LocalOidcAccount>();
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server = createServer((req, res) => handler(req, res));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "tsunagu-local";
  const clientSecret = `local-secret-${crypto.randomUUID()}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub) ?? accountNamedByLogin(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: account.email, email_verified: account.emailVerified }),
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put the email claims in the ID token itself, as Google does.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: [crypto.randomUUID()] },
    // A fresh signing key per run instead of the package's published development keys.
    jwks: {
      keys: [
        {
          ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
            format: "jwk",
          }),
          use: "sig",
          alg: "RS256",
        },
      ],
    },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
  });
  handler = provider.callback();

  return {
    issuer,
    clientId,
    clientSecret,
    addAccount: (account) => accounts.set(account.sub, account),
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/**
 * A login name that is an email address signs in as a person the provider verified with that
 * address (their `sub` is the login name); `unverified:` before it makes the address unverified.
 */
function accountNamedByLogin(login: string): LocalOidcAccount | null {
  const unverified = login.startsWith("unverified:");
  const email = unverified ? login.slice("unverified:".length) : login;
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) return null;
  return { sub: login, email, emailVerified: !unverified };
}

/**
 * Plays the browser: follows the provider's redirects with a cookie jar, signs in as `login`
 * on the development login page, grants consent, and returns the callback URL the provider
 * sends the browser back to (carrying `code` and `state`).
 */
export async function signInAtLocalProvider(
  authorizationUrl: URL,
  login: string,
  redirectUri: string,
): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl.toString();
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step += 1) {
    const response = await fetch(url, {
      method: form ? "POST" : "GET",
      body: form,
      redirect: "manual",
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      if (value && !/expires=Thu, 01 Jan 1970/i.test(cookie)) jar.set(name, value);
      else jar.delete(name);
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      const next = new URL(location, url);
      if (next.toString().startsWith(redirectUri)) return next;
      url = next.toString();
      form = undefined;
      continue;
    }
    const page = await response.text();
    if (!response.ok)
      throw new Error(`local provider answered ${response.status}: ${page.slice(0, 300)}`);
    form = page.includes('name="login"')
      ? new URLSearchParams({ prompt: "login", login, password: "any" })
      : new URLSearchParams({ prompt: "consent" });
  }
  throw new Error("local provider did not redirect back");
}
