import type { SessionAudience } from "@tsunagu/db";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface SessionPolicy {
  /** A session unused this long ends (OWASP ASVS V7.3.1). */
  idleTimeoutMs: number;
  /** A session ends this long after sign-in however active it is (ASVS V7.3.2). */
  absoluteLifetimeMs: number;
}

/**
 * Session lifetimes per app. Admin sessions reach every person's data, so they are short and
 * die quickly when left open; seekers and employers would not tolerate signing in daily.
 */
export const SESSION_POLICY: Readonly<Record<SessionAudience, SessionPolicy>> = {
  SEEKER: { idleTimeoutMs: 7 * DAY, absoluteLifetimeMs: 30 * DAY },
  EMPLOYER: { idleTimeoutMs: 7 * DAY, absoluteLifetimeMs: 30 * DAY },
  ADMIN: { idleTimeoutMs: 30 * MINUTE, absoluteLifetimeMs: 12 * HOUR },
};

/**
 * lastActiveAt is written at most this often: validating a session on every request must not
 * turn every page view into a database write.
 */
export const SESSION_ACTIVITY_RESOLUTION_MS = MINUTE;

export const TOKEN_LIFETIME = {
  emailVerificationMs: 24 * HOUR,
  passwordResetMs: 30 * MINUTE,
  /** The encrypted "finish signing up" state of an OAuth sign-in that still needs a birth date. */
  pendingOAuthSignUpMs: 15 * MINUTE,
} as const;
