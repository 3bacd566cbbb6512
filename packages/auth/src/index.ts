/**
 * @tsunagu/auth: sessions (Lucia's current design), cookies, CSRF origin checks, passwords,
 * email verification and reset links, account sign-up and sign-in, OAuth/OIDC, and rate
 * limits stored in PostgreSQL. Server-only: apps reach it through `*.server.ts` files.
 */
export { readAuthEnv, type AuthEnv } from "./env";
export {
  SESSION_POLICY,
  SESSION_ACTIVITY_RESOLUTION_MS,
  TOKEN_LIFETIME,
  type SessionPolicy,
} from "./config";

export {
  AUDIENCE_USER_KIND,
  createSession,
  deleteExpiredSessions,
  hashIp,
  invalidateAllSessions,
  invalidateSession,
  invalidateUserSession,
  listSessions,
  validateSessionToken,
  type CreateSessionInput,
  type SessionDevice,
  type SessionListEntry,
  type SessionUser,
  type ValidSession,
} from "./sessions/sessions";
export {
  appCookie,
  appCookieName,
  blankSessionCookie,
  knownDeviceCookie,
  knownDeviceCookieName,
  readCookie,
  readSessionToken,
  sessionCookie,
  sessionCookieName,
  type CookieOptions,
} from "./http/cookies";
export { isCrossSiteRequest, verifyRequestOrigin } from "./http/request-origin";
export { cookieOptionsFor, sessionFromRequest } from "./http/request-session";

export { hashPassword, verifyPassword } from "./passwords/password-hash";
export {
  checkPasswordPolicy,
  PASSWORD_LENGTH,
  type PasswordProblem,
} from "./passwords/password-policy";

export {
  consumeEmailVerification,
  issueEmailVerification,
  type EmailVerificationResult,
  type IssuedToken,
} from "./tokens/email-verification";
export {
  consumePasswordReset,
  issuePasswordReset,
  type PasswordResetResult,
} from "./tokens/password-reset";

export { normaliseEmail, parseEmail } from "./accounts/email";
export {
  ageOn,
  checkSeekerBirthDate,
  minimumSeekerAge,
  type BirthDateProblem,
} from "./accounts/age-gate";
export {
  signUpSeeker,
  type SignUpProblem,
  type SignUpResult,
  type SignUpSeekerInput,
} from "./accounts/sign-up-seeker";
export {
  companySlug,
  signUpEmployer,
  type EmployerSignUpProblem,
  type EmployerSignUpResult,
  type SignUpEmployerInput,
} from "./accounts/sign-up-employer";
export {
  completeSignIn,
  signInWithPassword,
  type CompleteSignInResult,
  type SignInInput,
  type SignInResult,
} from "./accounts/sign-in";
export { openToken, sealToken } from "./sealed-token";
export { keyedHash, keyedHashHex } from "./crypto";
export {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  RECOVERY_CODE_COUNT,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
  twoFactorStatus,
  verifySecondFactor,
  type SecondFactorResult,
  type TwoFactorStatus,
} from "./two-factor/two-factor";
export {
  issueKnownDeviceToken,
  KNOWN_DEVICE_LIFETIME_MS,
  knownDeviceOf,
} from "./accounts/known-device";
export { reauthenticate, type ReauthenticationResult } from "./accounts/reauthenticate";
export {
  changeEmail,
  changePassword,
  type ChangeEmailResult,
  type ChangePasswordResult,
} from "./accounts/change-credentials";
export { createAdminAccount, type CreateAdminResult } from "./accounts/create-admin";
export {
  limitTokenRedemption,
  requestPasswordReset,
  resendEmailVerification,
  type PasswordResetRequestResult,
  type VerificationResendResult,
} from "./accounts/link-requests";

export {
  consumeRateLimit,
  deleteExpiredRateLimitBuckets,
  rateLimitKey,
  refundRateLimit,
  type RateLimitDecision,
  type RateLimitRule,
} from "./rate-limit/rate-limit";
export {
  consumeNamedLimit,
  RATE_LIMITS,
  refundNamedLimit,
  reserveSignInAttempt,
  type RateLimitName,
  type SignInAttempt,
  type SignInReservation,
} from "./rate-limit/limits";

export type { OAuthIdentity, OAuthProviderClient } from "./oauth/identity";
export {
  discoverOidcProvider,
  facebookProvider,
  googleProvider,
  microsoftProvider,
  oauthProvidersFromEnv,
  type OAuthProviders,
  type ProviderCredentials,
} from "./oauth/providers";
export {
  blankOAuthFlowCookie,
  oauthFlowCookie,
  startOAuth,
  verifyOAuthCallback,
  type OAuthFlow,
  type OAuthIntent,
} from "./oauth/flow";
export {
  completeOAuthCompanySignUp,
  completeOAuthSignUp,
  finishOAuth,
  signInWithOAuthIdentity,
  type OAuthAudience,
  type OAuthSignInContext,
  type OAuthSignInResult,
} from "./oauth/finish";
export {
  connectOAuthAccount,
  disconnectOAuthAccount,
  listOAuthConnections,
  type ConnectResult,
  type DisconnectResult,
} from "./oauth/connections";
