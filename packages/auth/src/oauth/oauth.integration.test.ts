import { db, disconnectDb } from "@tsunagu/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signedUpEmployer, signedUpSeeker } from "../accounts/test-accounts";
import { signInWithPassword } from "../accounts/sign-in";
import { validateSessionToken } from "../sessions/sessions";
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from "../two-factor/two-factor";
import { authenticatorCodeAt } from "../testing/authenticator";
import {
  signInAtLocalProvider,
  startLocalOidcProvider,
  type LocalOidcProvider,
} from "../testing/local-oidc-provider";
import { connectOAuthAccount, disconnectOAuthAccount } from "./connections";
import { completeOAuthCompanySignUp, completeOAuthSignUp, finishOAuth } from "./finish";
import { oauthFlowCookie, startOAuth, verifyOAuthCallback } from "./flow";
import type { OAuthProviderClient } from "./identity";
import { discoverOidcProvider } from "./providers";

const REDIRECT_URI = "http://127.0.0.1:5173/auth/google/callback";
const device = { userAgent: "vitest", ip: "192.0.2.10" };
const now = new Date();

let local: LocalOidcProvider;
let google: OAuthProviderClient;

beforeAll(async () => {
  local = await startLocalOidcProvider({ redirectUris: [REDIRECT_URI] });
  // The real Google endpoints are fixed in arctic's Google class, so the local provider is
  // reached through the generic OIDC client under the GOOGLE provider name.
  google = await discoverOidcProvider("GOOGLE", {
    issuer: local.issuer,
    clientId: local.clientId,
    clientSecret: local.clientSecret,
    redirectUri: REDIRECT_URI,
  });
});

afterAll(async () => {
  await local?.close();
  await disconnectDb();
});

/** The whole browser round trip: start, sign in at the provider, come back with the cookie. */
async function roundTrip(sub: string) {
  const flow = startOAuth(google);
  expect(flow.url.searchParams.get("code_challenge_method")).toBe("S256");
  expect(flow.url.searchParams.get("code_challenge")).toBeTruthy();
  const callback = await signInAtLocalProvider(flow.url, sub, REDIRECT_URI);
  const cookieHeader = oauthFlowCookie(flow, { secure: false }).split(";")[0];
  const verified = verifyOAuthCallback(cookieHeader, callback.searchParams.get("state"));
  if (!verified) throw new Error("state did not match");
  return { code: callback.searchParams.get("code") ?? "", codeVerifier: verified.codeVerifier };
}

function account(emailVerified: boolean, email = `oauth.${crypto.randomUUID()}@example.test`) {
  const sub = `sub-${crypto.randomUUID()}`;
  local.addAccount({ sub, email, emailVerified });
  return { sub, email };
}

describe("OAuth sign-in against a real local OpenID provider", () => {
  it("asks for a birth date before creating a new seeker, then signs them in", async () => {
    const person = account(true);
    const first = await finishOAuth(db, google, {
      audience: "SEEKER",
      ...(await roundTrip(person.sub)),
      locale: "VI",
      device,
      now,
    });
    expect(first.status).toBe("needs-birth-date");
    if (first.status !== "needs-birth-date") return;
    expect(await db.user.count({ where: { email: person.email } })).toBe(0);

    const young = await completeOAuthSignUp(db, {
      pendingSignUp: first.pendingSignUp,
      birthDate: isoDateYearsAgo(12),
      locale: "VI",
      device,
      now,
    });
    expect(young).toEqual({ status: "invalid", problem: "below-minimum-age" });

    const done = await completeOAuthSignUp(db, {
      pendingSignUp: first.pendingSignUp,
      birthDate: "2001-09-02",
      locale: "VI",
      device,
      now,
    });
    expect(done).toMatchObject({ status: "signed-in", via: "new-account", verification: null });
    if (done.status !== "signed-in") return;
    const user = await db.user.findUniqueOrThrow({
      where: { id: done.userId },
      include: { oauthAccounts: true, seekerProfile: true },
    });
    expect(user.email).toBe(person.email);
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.passwordHash).toBeNull();
    expect(user.seekerProfile?.visibility).toBe("PRIVATE");
    expect(user.oauthAccounts).toEqual([
      expect.objectContaining({ provider: "GOOGLE", providerUserId: person.sub }),
    ]);
    expect((await validateSessionToken(db, done.token, "SEEKER"))?.user.id).toBe(user.id);

    // Next time the link is found directly.
    const again = await finishOAuth(db, google, {
      audience: "SEEKER",
      ...(await roundTrip(person.sub)),
      locale: "VI",
      device,
      now,
    });
    expect(again).toMatchObject({ status: "signed-in", via: "existing-link", userId: user.id });
  });

  it("links to an existing seeker when the provider verified the same email", async () => {
    const password = "existing-seeker-pass";
    const seeker = await signedUpSeeker(db, password);
    const person = account(true, seeker.email.toUpperCase());
    const result = await finishOAuth(db, google, {
      audience: "SEEKER",
      ...(await roundTrip(person.sub)),
      locale: "EN",
      device,
      now,
    });
    expect(result).toMatchObject({
      status: "signed-in",
      via: "linked-by-verified-email",
      userId: seeker.userId,
    });
    // A verified account keeps its password.
    const signIn = await signInWithPassword(db, {
      email: seeker.email,
      password,
      audience: "SEEKER",
      ip: "192.0.2.11",
    });
    expect(signIn.ok).toBe(true);
  });

  it("never links by an email the provider did not verify", async () => {
    const seeker = await signedUpSeeker(db, "existing-seeker-pass");
    const person = account(false, seeker.email);
    const result = await finishOAuth(db, google, {
      audience: "SEEKER",
      ...(await roundTrip(person.sub)),
      locale: "EN",
      device,
      now,
    });
    expect(result).toEqual({ status: "email-in-use" });
    expect(await db.oAuthAccount.count({ where: { userId: seeker.userId } })).toBe(0);
  });

  it("takes an unverified, password-registered account back for the email's real owner", async () => {
    // An attacker registered the victim's address first and never verified it.
    const squatter = await signedUpSeeker(db, "attacker-knows-this");
    await db.user.update({ where: { id: squatter.userId }, data: { emailVerifiedAt: null } });
    const squatterSession = await signInWithPassword(db, {
      email: squatter.email,
      password: "attacker-knows-this",
      audience: "SEEKER",
      ip: "192.0.2.66",
    });
    if (!squatterSession.ok) throw new Error("setup sign-in failed");

    const victim = account(true, squatter.email);
    const result = await finishOAuth(db, google, {
      audience: "SEEKER",
      ...(await roundTrip(victim.sub)),
      locale: "EN",
      device,
      now,
    });
    expect(result).toMatchObject({ status: "signed-in", via: "linked-by-verified-email" });
    expect(await validateSessionToken(db, squatterSession.token, "SEEKER")).toBeNull();
    const attackerRetry = await signInWithPassword(db, {
      email: squatter.email,
      password: "attacker-knows-this",
      audience: "SEEKER",
      ip: "192.0.2.67",
    });
    expect(attackerRetry).toEqual({ ok: false, reason: "invalid-credentials" });
  });

  it("creates an unverified new account with a verification link when the email is unverified", async () => {
    const person = account(false);
    const first = await finishOAuth(db, google, {
      audience: "SEEKER",
      ...(await roundTrip(person.sub)),
      locale: "JA",
      device,
      now,
    });
    if (first.status !== "needs-birth-date") throw new Error(`unexpected ${first.status}`);
    const done = await completeOAuthSignUp(db, {
      pendingSignUp: first.pendingSignUp,
      birthDate: "1999-12-31",
      locale: "JA",
      device,
      now,
    });
    expect(done).toMatchObject({
      status: "signed-in",
      via: "new-account",
      verification: { token: expect.any(String) },
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: person.email } });
    expect(user.emailVerifiedAt).toBeNull();
  });

  it("fails cleanly on a replayed code or a wrong PKCE verifier", async () => {
    const person = account(true);
    const { code, codeVerifier } = await roundTrip(person.sub);
    const wrongVerifier = await finishOAuth(db, google, {
      audience: "SEEKER",
      code,
      codeVerifier: `${codeVerifier}x`,
      locale: "EN",
      device,
      now,
    });
    expect(wrongVerifier).toEqual({ status: "failed" });
    const fresh = await roundTrip(person.sub);
    await finishOAuth(db, google, { audience: "SEEKER", ...fresh, locale: "EN", device, now });
    expect(await finishOAuth(db, google, { audience: "SEEKER", ...fresh, locale: "EN", device, now })).toEqual({
      status: "failed",
    });
  });

  it("rejects a callback whose state does not match this browser's flow cookie", () => {
    const flow = startOAuth(google);
    const cookieHeader = oauthFlowCookie(flow, { secure: true }).split(";")[0];
    expect(verifyOAuthCallback(cookieHeader, flow.state)).toEqual({
      codeVerifier: flow.codeVerifier,
      redirectTo: "",
      intent: "sign-in",
    });
    expect(verifyOAuthCallback(cookieHeader, startOAuth(google).state)).toBeNull();
    expect(verifyOAuthCallback(null, flow.state)).toBeNull();
  });
});

function isoDateYearsAgo(years: number): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
}

describe("connecting a provider from account settings", () => {
  it("links a provider account whose email was not verified, once, and refuses to remove the last way in", async () => {
    const seeker = await signedUpSeeker(db, "settings-page-pass");
    const person = account(false, seeker.email);
    expect(
      await connectOAuthAccount(db, google, {
        userId: seeker.userId,
        ...(await roundTrip(person.sub)),
      }),
    ).toEqual({
      ok: true,
    });
    const signIn = await finishOAuth(db, google, {
      audience: "SEEKER",
      ...(await roundTrip(person.sub)),
      locale: "EN",
      device,
      now,
    });
    expect(signIn).toMatchObject({
      status: "signed-in",
      via: "existing-link",
      userId: seeker.userId,
    });

    const other = await signedUpSeeker(db, "another-seeker-pass");
    expect(
      await connectOAuthAccount(db, google, {
        userId: other.userId,
        ...(await roundTrip(person.sub)),
      }),
    ).toEqual({
      ok: false,
      reason: "already-connected",
    });

    expect(await disconnectOAuthAccount(db, { userId: seeker.userId, provider: "GOOGLE" })).toEqual(
      { ok: true },
    );
    const oauthOnly = account(true);
    const first = await finishOAuth(db, google, {
      audience: "SEEKER",
      ...(await roundTrip(oauthOnly.sub)),
      locale: "EN",
      device,
      now,
    });
    if (first.status !== "needs-birth-date") throw new Error(`unexpected ${first.status}`);
    const created = await completeOAuthSignUp(db, {
      pendingSignUp: first.pendingSignUp,
      birthDate: "1990-01-01",
      locale: "EN",
      device,
      now,
    });
    if (created.status !== "signed-in") throw new Error(`unexpected ${created.status}`);
    expect(
      await disconnectOAuthAccount(db, { userId: created.userId, provider: "GOOGLE" }),
    ).toEqual({
      ok: false,
      reason: "last-sign-in-method",
    });
  });
});

describe("employer sign-in with a provider", () => {
  const employerSignIn = async (sub: string) =>
    finishOAuth(db, google, {
      audience: "EMPLOYER",
      ...(await roundTrip(sub)),
      locale: "JA",
      device,
      now,
    });

  it("signs in the company account whose confirmed address the provider verified, and links it", async () => {
    const password = "kanagawa-robotics-pass";
    const owner = await signedUpEmployer(db, password);
    const person = account(true, owner.email);
    const result = await employerSignIn(person.sub);
    expect(result).toMatchObject({
      status: "signed-in",
      via: "linked-by-verified-email",
      userId: owner.userId,
      // This account has never signed in: no "new sign-in" mail for its first time.
      newDevice: false,
    });
    if (result.status !== "signed-in") return;
    expect((await validateSessionToken(db, result.token, "EMPLOYER"))?.user.id).toBe(owner.userId);
    // The seeker app does not take the employer's session.
    expect(await validateSessionToken(db, result.token, "SEEKER")).toBeNull();
    // The password still works, and next time the link is found directly.
    const byPassword = await signInWithPassword(db, {
      email: owner.email,
      password,
      audience: "EMPLOYER",
      ip: "192.0.2.20",
    });
    expect(byPassword.ok).toBe(true);
    expect(await employerSignIn(person.sub)).toMatchObject({
      status: "signed-in",
      via: "existing-link",
      userId: owner.userId,
      // Signed in before, and this browser sent no device cookie.
      newDevice: true,
    });
  });

  it("creates a company account for a new verified address once the company is named", async () => {
    const person = account(true);
    const first = await employerSignIn(person.sub);
    if (first.status !== "needs-company") throw new Error(`unexpected ${first.status}`);
    expect(await db.user.count({ where: { email: person.email } })).toBe(0);
    // A seeker's pending sign-up does not finish here, nor the other way round.
    expect(
      await completeOAuthSignUp(db, {
        pendingSignUp: first.pendingSignUp,
        birthDate: "1990-01-01",
        locale: "JA",
        device,
        now,
      }),
    ).toEqual({ status: "failed" });

    const blank = await completeOAuthCompanySignUp(db, {
      pendingSignUp: first.pendingSignUp,
      companyName: "  ",
      displayName: "Aoi Tanaka",
      locale: "JA",
      device,
      now,
    });
    expect(blank).toEqual({ status: "invalid-company", problems: ["invalid-company-name"] });

    const done = await completeOAuthCompanySignUp(db, {
      pendingSignUp: first.pendingSignUp,
      companyName: "Shonan Logistics",
      displayName: "Aoi Tanaka",
      locale: "JA",
      device,
      now,
    });
    expect(done).toMatchObject({ status: "signed-in", via: "new-account", verification: null });
    if (done.status !== "signed-in") return;
    const user = await db.user.findUniqueOrThrow({
      where: { id: done.userId },
      include: { membership: { include: { company: true } }, oauthAccounts: true },
    });
    expect(user).toMatchObject({ kind: "EMPLOYER", email: person.email, passwordHash: null });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.membership).toMatchObject({ role: "OWNER", displayName: "Aoi Tanaka" });
    expect(user.membership?.company.name).toBe("Shonan Logistics");
    expect(user.oauthAccounts).toEqual([
      expect.objectContaining({ provider: "GOOGLE", providerUserId: person.sub }),
    ]);
    expect((await validateSessionToken(db, done.token, "EMPLOYER"))?.user.id).toBe(user.id);
  });

  it("does not make a seeker's address a company account", async () => {
    const seeker = await signedUpSeeker(db, "seeker-at-the-employer-app");
    const asSeeker = account(true, seeker.email);
    expect(await employerSignIn(asSeeker.sub)).toEqual({ status: "no-account" });
    expect(await db.oAuthAccount.count({ where: { userId: seeker.userId } })).toBe(0);
  });

  it("refuses an address the provider did not verify, with one answer whether or not an account uses it", async () => {
    const owner = await signedUpEmployer(db, "unverified-at-google");
    const claimant = account(false, owner.email);
    expect(await employerSignIn(claimant.sub)).toEqual({ status: "unverified-email" });
    // Nor is a company account created for it.
    const stranger = account(false);
    expect(await employerSignIn(stranger.sub)).toEqual({ status: "unverified-email" });
    expect(await db.user.count({ where: { email: stranger.email } })).toBe(0);
    expect(await db.oAuthAccount.count({ where: { userId: owner.userId } })).toBe(0);
  });

  it("does not link a company account that never confirmed its own address", async () => {
    const squatted = await signedUpEmployer(db, "registered-not-confirmed", { verified: false });
    const realOwner = account(true, squatted.email);
    expect(await employerSignIn(realOwner.sub)).toEqual({ status: "email-in-use" });
    expect(await db.oAuthAccount.count({ where: { userId: squatted.userId } })).toBe(0);
  });

  it("asks for the two-step code of an enrolled account instead of starting a session", async () => {
    const owner = await signedUpEmployer(db, "two-step-owner-pass");
    const enrolment = await startTwoFactorEnrolment(db, owner.userId);
    if (enrolment.status !== "started") throw new Error("enrolment did not start");
    const code = authenticatorCodeAt(enrolment.manualKey, now);
    expect((await confirmTwoFactorEnrolment(db, owner.userId, code, now)).ok).toBe(true);
    const sessionsBefore = await db.session.count({ where: { userId: owner.userId } });
    const result = await employerSignIn(account(true, owner.email).sub);
    expect(result).toEqual({ status: "second-factor-required", challenge: expect.any(String) });
    expect(await db.session.count({ where: { userId: owner.userId } })).toBe(sessionsBefore);
  });
});
