import { describe, expect, it } from "vitest";

import { oauthProvidersFromEnv } from "./providers";

const base = { AUTH_SECRET: "x".repeat(32), AUTH_MIN_SEEKER_AGE: 13, MICROSOFT_TENANT: "common" };
const redirect = (provider: string) =>
  `https://jobs.example/auth/${provider.toLowerCase()}/callback`;

describe("oauthProvidersFromEnv", () => {
  it("disables every provider without both client id and secret", async () => {
    expect(await oauthProvidersFromEnv(redirect, base)).toEqual({});
    expect(await oauthProvidersFromEnv(redirect, { ...base, GOOGLE_CLIENT_ID: "id" })).toEqual({});
  });

  it("builds PKCE authorization URLs for Google and Microsoft, state-only for Facebook", async () => {
    const providers = await oauthProvidersFromEnv(redirect, {
      ...base,
      GOOGLE_CLIENT_ID: "g-id",
      GOOGLE_CLIENT_SECRET: "g-secret",
      FACEBOOK_CLIENT_ID: "f-id",
      FACEBOOK_CLIENT_SECRET: "f-secret",
      MICROSOFT_CLIENT_ID: "m-id",
      MICROSOFT_CLIENT_SECRET: "m-secret",
    });
    const google = providers.GOOGLE?.createAuthorizationUrl("state-1", "verifier-".padEnd(43, "v"));
    expect(google?.origin).toBe("https://accounts.google.com");
    expect(google?.searchParams.get("code_challenge_method")).toBe("S256");
    expect(google?.searchParams.get("redirect_uri")).toBe(redirect("GOOGLE"));
    expect(google?.searchParams.get("scope")).toBe("openid email profile");

    const microsoft = providers.MICROSOFT?.createAuthorizationUrl(
      "state-2",
      "verifier-".padEnd(43, "v"),
    );
    expect(microsoft?.toString()).toContain("https://login.microsoftonline.com/common/");
    expect(microsoft?.searchParams.get("code_challenge_method")).toBe("S256");

    const facebook = providers.FACEBOOK?.createAuthorizationUrl("state-3", "unused");
    expect(facebook?.searchParams.get("state")).toBe("state-3");
    expect(facebook?.searchParams.get("scope")).toBe("email public_profile");
  });
});
