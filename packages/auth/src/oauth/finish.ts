import { Prisma, type Db, type Locale } from "@tsunagu/db";

import { checkSeekerBirthDate, type BirthDateProblem } from "../accounts/age-gate";
import { parseEmail } from "../accounts/email";
import {
  createSession,
  invalidateAllSessions,
  type SessionDevice,
  type ValidSession,
} from "../sessions/sessions";
import { issueEmailVerification, type IssuedToken } from "../tokens/email-verification";
import type { OAuthIdentity, OAuthProviderClient } from "./identity";
import { openPendingSignUp, sealPendingSignUp } from "./pending-sign-up";

export type OAuthSignInResult =
  | {
      status: "signed-in";
      userId: string;
      token: string;
      session: ValidSession;
      /** How the person got in: an existing link, a new link by verified email, a new account. */
      via: "existing-link" | "linked-by-verified-email" | "new-account";
      /** New account with an email the provider did not verify: send this link. */
      verification: IssuedToken | null;
    }
  /** Ask for the birth date, then call completeOAuthSignUp with this sealed value. */
  | { status: "needs-birth-date"; pendingSignUp: string }
  | { status: "invalid"; problem: BirthDateProblem }
  /**
   * An account with this email exists but the provider did not verify the email (or the account
   * is not a seeker): sign in with the password, then connect the provider from settings.
   */
  | { status: "email-in-use" }
  /** The provider gave no usable email (Facebook users can withhold it). */
  | { status: "email-required" }
  | { status: "account-unavailable" }
  /** Bad or expired code, provider error, or an expired pending sign-up. */
  | { status: "failed" };

export interface OAuthSignInContext {
  locale: Locale;
  device: SessionDevice;
  now?: Date;
}

/**
 * Provider callback for seeker sign-in (F1): exchanges the code and signs the person in, linking
 * or creating the account. Call only after verifyOAuthCallback accepted the state.
 */
export async function finishOAuth(
  db: Db,
  client: OAuthProviderClient,
  input: OAuthSignInContext & { code: string; codeVerifier: string },
): Promise<OAuthSignInResult> {
  let identity: OAuthIdentity;
  try {
    identity = await client.identify(input.code, input.codeVerifier);
  } catch {
    // Provider errors can echo the code or tokens back; nothing of them is logged or returned.
    return { status: "failed" };
  }
  return signInWithOAuthIdentity(db, identity, input);
}

/** Second step of a sign-up that needed a birth date. */
export function completeOAuthSignUp(
  db: Db,
  input: OAuthSignInContext & { pendingSignUp: string; birthDate: string },
): Promise<OAuthSignInResult> {
  const identity = openPendingSignUp(input.pendingSignUp, input.now);
  if (!identity) return Promise.resolve({ status: "failed" });
  return signInWithOAuthIdentity(db, identity, input);
}

/**
 * Linking rules: a known provider account signs in its user; otherwise an existing seeker with
 * the same email is linked only if the provider verified that email (else anyone could claim an
 * account by registering its address at a lax provider); otherwise a new seeker is created, once
 * the age gate is passed.
 */
export async function signInWithOAuthIdentity(
  db: Db,
  identity: OAuthIdentity,
  input: OAuthSignInContext & { birthDate?: string },
): Promise<OAuthSignInResult> {
  const now = input.now ?? new Date();
  const linked = await db.oAuthAccount.findUnique({
    where: {
      provider_providerUserId: {
        provider: identity.provider,
        providerUserId: identity.providerUserId,
      },
    },
    select: { user: { select: { id: true, kind: true, status: true } } },
  });
  if (linked) return startSeekerSession(db, linked.user, "existing-link", null, input, now);

  const email = identity.email ? parseEmail(identity.email) : null;
  if (!email) return { status: "email-required" };

  const existing = await db.user.findUnique({
    where: { email },
    select: { id: true, kind: true, status: true, emailVerifiedAt: true },
  });
  if (existing) {
    if (!identity.emailVerified || existing.kind !== "SEEKER") return { status: "email-in-use" };
    try {
      await db.$transaction(async (tx) => {
        await tx.oAuthAccount.create({
          data: {
            provider: identity.provider,
            providerUserId: identity.providerUserId,
            userId: existing.id,
          },
        });
        if (!existing.emailVerifiedAt) {
          // Someone registered this address without ever proving it, and the provider just proved
          // who owns it: drop that password and those sessions (pre-account-takeover defence).
          await tx.user.update({
            where: { id: existing.id },
            data: { emailVerifiedAt: now, passwordHash: null, passwordChangedAt: now },
          });
          await invalidateAllSessions(tx, existing.id);
        }
      });
    } catch (error) {
      // The account already has another account of this provider linked.
      if (isUniqueViolation(error)) return { status: "email-in-use" };
      throw error;
    }
    return startSeekerSession(db, existing, "linked-by-verified-email", null, input, now);
  }

  if (!input.birthDate) {
    return { status: "needs-birth-date", pendingSignUp: sealPendingSignUp(identity, now) };
  }
  const birth = checkSeekerBirthDate(input.birthDate, now);
  if ("problem" in birth) return { status: "invalid", problem: birth.problem };

  try {
    const created = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email,
          kind: "SEEKER",
          locale: input.locale,
          emailVerifiedAt: identity.emailVerified ? now : null,
          createdAt: now,
          seekerProfile: { create: { birthDate: birth.birthDate, visibility: "PRIVATE" } },
          oauthAccounts: {
            create: { provider: identity.provider, providerUserId: identity.providerUserId },
          },
        },
        select: { id: true, kind: true, status: true },
      });
      const verification = identity.emailVerified
        ? null
        : await issueEmailVerification(tx, { userId: user.id, email, now });
      return { user, verification };
    });
    return startSeekerSession(db, created.user, "new-account", created.verification, input, now);
  } catch (error) {
    // The same person finished two sign-ups at once, or the email was just registered.
    if (isUniqueViolation(error)) return { status: "email-in-use" };
    throw error;
  }
}

async function startSeekerSession(
  db: Db,
  user: { id: string; kind: string; status: string },
  via: "existing-link" | "linked-by-verified-email" | "new-account",
  verification: IssuedToken | null,
  input: OAuthSignInContext,
  now: Date,
): Promise<OAuthSignInResult> {
  if (user.kind !== "SEEKER" || user.status !== "ACTIVE") return { status: "account-unavailable" };
  const { token, session } = await createSession(db, {
    userId: user.id,
    audience: "SEEKER",
    userAgent: input.device.userAgent,
    ip: input.device.ip,
    now,
  });
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return { status: "signed-in", userId: user.id, token, session, via, verification };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
