import { Prisma, type Db, type Locale } from "@tsunagu/db";

import { checkSeekerBirthDate, type BirthDateProblem } from "../accounts/age-gate";
import { parseEmail } from "../accounts/email";
import { checkCompanyFields, createCompanyOwner } from "../accounts/sign-up-employer";
import { knownDeviceOf } from "../accounts/known-device";
import { signInAfterFirstFactor, type SignInResult } from "../accounts/sign-in";
import { AUDIENCE_USER_KIND, invalidateAllSessions, type SessionDevice } from "../sessions/sessions";
import { issueEmailVerification, type IssuedToken } from "../tokens/email-verification";
import type { OAuthIdentity, OAuthProviderClient } from "./identity";
import { openPendingSignUp, sealPendingSignUp } from "./pending-sign-up";

/** The apps with provider sign-in: seekers (F1) and employers (Google and Microsoft). */
export type OAuthAudience = "SEEKER" | "EMPLOYER";

type Via = "existing-link" | "linked-by-verified-email" | "new-account";
type CompanyProblem = ReturnType<typeof checkCompanyFields>["problems"][number];

export type OAuthSignInResult =
  /** Signed in, exactly as a password sign-in would be (device cookie, new-device flag). */
  | (Extract<SignInResult, { ok: true }> & {
      status: "signed-in";
      /** How the person got in: an existing link, a new link by verified email, a new account. */
      via: Via;
      /** New account with an email the provider did not verify: send this link. */
      verification: IssuedToken | null;
    })
  /** The account uses two-step sign-in: the provider replaced the password, not the code. */
  | { status: "second-factor-required"; challenge: string }
  /** Ask for the birth date, then call completeOAuthSignUp with this sealed value. */
  | { status: "needs-birth-date"; pendingSignUp: string }
  | { status: "invalid"; problem: BirthDateProblem }
  /** Ask for the company's name and the owner's, then call completeOAuthCompanySignUp. */
  | { status: "needs-company"; pendingSignUp: string }
  | { status: "invalid-company"; problems: CompanyProblem[] }
  /**
   * An account with this email exists but cannot be linked: the provider did not verify the
   * email (seekers), the account is not of this app, or (employers) the account never confirmed
   * its own address. Sign in with the password instead.
   */
  | { status: "email-in-use" }
  /**
   * Employer sign-in: the provider's account, or its verified address, belongs to a seeker: the
   * address cannot also be a company account's.
   */
  | { status: "no-account" }
  /**
   * Employer sign-in: the provider did not verify the address, so it names no account. One
   * answer whether or not an account uses it, so the button cannot probe who is registered.
   */
  | { status: "unverified-email" }
  /** The provider gave no usable email (Facebook users can withhold it). */
  | { status: "email-required" }
  | { status: "account-unavailable" }
  /** Bad or expired code, provider error, or an expired pending sign-up. */
  | { status: "failed" };

export interface OAuthSignInContext {
  audience: OAuthAudience;
  locale: Locale;
  device: SessionDevice;
  /** The device cookie this browser sent, if any: a sign-in elsewhere is mailed about. */
  knownDeviceToken?: string | null;
  now?: Date;
}

/**
 * Provider callback for sign-in: exchanges the code and signs the person in, linking or (for
 * seekers) creating the account. Call only after verifyOAuthCallback accepted the state.
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

/** Second step of a company sign-up through a provider: the names the provider cannot give. */
export function completeOAuthCompanySignUp(
  db: Db,
  input: Omit<OAuthSignInContext, "audience"> & {
    pendingSignUp: string;
    companyName: string;
    displayName: string;
  },
): Promise<OAuthSignInResult> {
  const identity = openPendingSignUp(input.pendingSignUp, input.now, "EMPLOYER");
  if (!identity) return Promise.resolve({ status: "failed" });
  return signInWithOAuthIdentity(db, identity, {
    ...input,
    audience: "EMPLOYER",
    company: { companyName: input.companyName, displayName: input.displayName },
  });
}

/** Second step of a seeker sign-up that needed a birth date. */
export function completeOAuthSignUp(
  db: Db,
  input: Omit<OAuthSignInContext, "audience"> & { pendingSignUp: string; birthDate: string },
): Promise<OAuthSignInResult> {
  const identity = openPendingSignUp(input.pendingSignUp, input.now);
  if (!identity) return Promise.resolve({ status: "failed" });
  return signInWithOAuthIdentity(db, identity, { ...input, audience: "SEEKER" });
}

const accountFields = {
  id: true,
  kind: true,
  status: true,
  email: true,
  emailVerifiedAt: true,
  lastSignInAt: true,
  twoFactor: { select: { enabledAt: true } },
} as const;

/**
 * Linking rules: a known provider account signs in its user; otherwise an existing account of
 * this app with the same email is linked only if the provider verified that email (else anyone
 * could claim an account by registering its address at a lax provider); otherwise a new account
 * is created, once the age gate is passed (seekers) or the company named (employers, and only
 * for a verified address: the owner's address is the company's contact). An employer account is
 * linked only once it has confirmed its own address too: the company it owns came with it, and
 * a squatter's company must not pass to whoever proves the address later.
 */
export async function signInWithOAuthIdentity(
  db: Db,
  identity: OAuthIdentity,
  input: OAuthSignInContext & {
    birthDate?: string;
    company?: { companyName: string; displayName: string };
  },
): Promise<OAuthSignInResult> {
  const now = input.now ?? new Date();
  const kind = AUDIENCE_USER_KIND[input.audience];
  const employer = input.audience === "EMPLOYER";
  const linked = await db.oAuthAccount.findUnique({
    where: {
      provider_providerUserId: {
        provider: identity.provider,
        providerUserId: identity.providerUserId,
      },
    },
    select: { user: { select: accountFields } },
  });
  if (linked) {
    if (linked.user.kind !== kind) {
      return { status: employer ? "no-account" : "account-unavailable" };
    }
    return startOAuthSession(db, linked.user, "existing-link", null, input, now);
  }

  const email = identity.email ? parseEmail(identity.email) : null;
  if (!email) return { status: "email-required" };
  if (employer && !identity.emailVerified) return { status: "unverified-email" };

  const existing = await db.user.findUnique({ where: { email }, select: accountFields });
  if (existing) {
    if (existing.kind !== kind) return { status: employer ? "no-account" : "email-in-use" };
    if (!identity.emailVerified || (employer && !existing.emailVerifiedAt)) {
      return { status: "email-in-use" };
    }
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
    return startOAuthSession(db, existing, "linked-by-verified-email", null, input, now);
  }
  if (employer) return createCompanyAccount(db, identity, email, input, now);

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
        select: accountFields,
      });
      const verification = identity.emailVerified
        ? null
        : await issueEmailVerification(tx, { userId: user.id, email, now });
      return { user, verification };
    });
    return startOAuthSession(db, created.user, "new-account", created.verification, input, now);
  } catch (error) {
    // The same person finished two sign-ups at once, or the email was just registered.
    if (isUniqueViolation(error)) return { status: "email-in-use" };
    throw error;
  }
}

/** A new company and its owner, signed in through the provider that verified the address. */
async function createCompanyAccount(
  db: Db,
  identity: OAuthIdentity,
  email: string,
  input: Parameters<typeof signInWithOAuthIdentity>[2],
  now: Date,
): Promise<OAuthSignInResult> {
  if (!input.company) {
    return {
      status: "needs-company",
      pendingSignUp: sealPendingSignUp(identity, now, "EMPLOYER"),
    };
  }
  const company = checkCompanyFields(input.company);
  if (company.problems.length > 0) return { status: "invalid-company", problems: company.problems };
  try {
    const created = await db.$transaction(async (tx) => {
      const { userId } = await createCompanyOwner(tx, {
        ...company.values,
        email,
        locale: input.locale,
        now,
        account: {
          emailVerifiedAt: now,
          oauthAccounts: {
            create: { provider: identity.provider, providerUserId: identity.providerUserId },
          },
        },
      });
      return tx.user.findUniqueOrThrow({ where: { id: userId }, select: accountFields });
    });
    return startOAuthSession(db, created, "new-account", null, input, now);
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "email-in-use" };
    throw error;
  }
}

/** The provider stood in for the password: two-step sign-in and the new-device notice still apply. */
async function startOAuthSession(
  db: Db,
  user: Prisma.UserGetPayload<{ select: typeof accountFields }>,
  via: Via,
  verification: IssuedToken | null,
  input: OAuthSignInContext,
  now: Date,
): Promise<OAuthSignInResult> {
  if (user.status !== "ACTIVE") return { status: "account-unavailable" };
  const result = await signInAfterFirstFactor(db, {
    user,
    audience: input.audience,
    ip: input.device.ip,
    userAgent: input.device.userAgent,
    knownDevice: knownDeviceOf(input.knownDeviceToken, user.email) !== null,
    now,
  });
  if (!result.ok) return { status: "second-factor-required", challenge: result.challenge };
  return { ...result, status: "signed-in", via, verification };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
