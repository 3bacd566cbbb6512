import type {
  CompanyStatus,
  Db,
  MemberRole,
  SessionAudience,
  UserKind,
  UserStatus,
} from "@tsunagu/db";

import { SESSION_ACTIVITY_RESOLUTION_MS, SESSION_POLICY } from "../config";
import { hashSecret, keyedHash } from "../crypto";
import { generateSessionToken, parseSessionToken, secretMatches } from "./session-token";

/** Which kind of account may hold a session for which app. */
export const AUDIENCE_USER_KIND: Readonly<Record<SessionAudience, UserKind>> = {
  SEEKER: "SEEKER",
  EMPLOYER: "EMPLOYER",
  ADMIN: "ADMIN",
};

/** What a request context needs about a session: ids and roles, never personal fields. */
export interface ValidSession {
  id: string;
  userId: string;
  audience: SessionAudience;
  createdAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
}

export interface SessionUser {
  id: string;
  kind: UserKind;
  status: UserStatus;
  emailVerified: boolean;
  /**
   * Employer accounts only: the one company the member belongs to, with its status and the
   * domain of the member's confirmed address (null unless confirmed) as read with the session,
   * so that the per-request company check and the domain blocks (R10) need no reads of their own.
   */
  membership: {
    id: string;
    companyId: string;
    role: MemberRole;
    companyStatus: CompanyStatus;
    confirmedEmailDomain: string | null;
  } | null;
}

export interface SessionDevice {
  userAgent?: string | null;
  /** Stored only as a keyed hash. */
  ip?: string | null;
}

export interface CreateSessionInput extends SessionDevice {
  userId: string;
  audience: SessionAudience;
  now?: Date;
}

/** Hash of the client IP under the server secret: "same network as before" without the address. */
export function hashIp(ip: string): Uint8Array<ArrayBuffer> {
  return keyedHash("session-ip", ip);
}

/**
 * Starts a session and returns the only copy of its token. Call on every sign-in (a new token
 * each time defeats session fixation).
 */
export async function createSession(
  db: Db,
  input: CreateSessionInput,
): Promise<{ token: string; session: ValidSession }> {
  const now = input.now ?? new Date();
  const policy = SESSION_POLICY[input.audience];
  const { id, secret, token } = generateSessionToken();
  const row = await db.session.create({
    data: {
      id,
      secretHash: hashSecret(secret),
      userId: input.userId,
      audience: input.audience,
      createdAt: now,
      lastActiveAt: now,
      expiresAt: new Date(now.getTime() + policy.absoluteLifetimeMs),
      // Shown in the sessions list only; capped so a hostile header cannot bloat the row.
      userAgent: input.userAgent?.slice(0, 512) ?? null,
      ipHash: input.ip ? hashIp(input.ip) : null,
    },
  });
  return { token, session: toValidSession(row) };
}

/**
 * The session and its user for a token presented to the app of `audience`, or null. Rejects a
 * wrong secret, another app's session, a session past its idle timeout or absolute lifetime,
 * and accounts that are suspended or being deleted (their sessions are removed on the spot).
 */
export async function validateSessionToken(
  db: Db,
  token: string,
  audience: SessionAudience,
  now: Date = new Date(),
): Promise<{ session: ValidSession; user: SessionUser } | null> {
  const parts = parseSessionToken(token);
  if (!parts) return null;
  const row = await db.session.findUnique({
    where: { id: parts.id },
    include: {
      user: {
        select: {
          id: true,
          kind: true,
          status: true,
          emailVerifiedAt: true,
          email: true,
          membership: {
            select: {
              id: true,
              companyId: true,
              role: true,
              company: { select: { status: true } },
            },
          },
        },
      },
    },
  });
  if (!row || !secretMatches(parts.secret, row.secretHash)) return null;
  // Not deleted: a seeker cookie replayed at the employer app must not end the seeker's session.
  if (row.audience !== audience || row.user.kind !== AUDIENCE_USER_KIND[audience]) return null;

  const policy = SESSION_POLICY[row.audience];
  const idleSince = now.getTime() - row.lastActiveAt.getTime();
  if (now >= row.expiresAt || idleSince >= policy.idleTimeoutMs || row.user.status !== "ACTIVE") {
    await db.session.deleteMany({ where: { id: row.id } });
    return null;
  }

  let lastActiveAt = row.lastActiveAt;
  if (idleSince >= SESSION_ACTIVITY_RESOLUTION_MS) {
    lastActiveAt = now;
    await db.session.updateMany({ where: { id: row.id }, data: { lastActiveAt } });
  }
  const { user } = row;
  return {
    session: toValidSession({ ...row, lastActiveAt }),
    user: {
      id: user.id,
      kind: user.kind,
      status: user.status,
      emailVerified: user.emailVerifiedAt !== null,
      membership: user.membership && {
        id: user.membership.id,
        companyId: user.membership.companyId,
        role: user.membership.role,
        companyStatus: user.membership.company.status,
        confirmedEmailDomain: user.emailVerifiedAt
          ? user.email.slice(user.email.lastIndexOf("@") + 1).toLowerCase()
          : null,
      },
    },
  };
}

/** Sign-out of this session. */
export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/**
 * Sign-out from one device in the sessions list. Scoped to the owner, so a session id taken from
 * someone else's list (or guessed) cannot end their session.
 */
export async function invalidateUserSession(
  db: Db,
  userId: string,
  sessionId: string,
): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  return count > 0;
}

/**
 * Sign-out everywhere; also used when the password changes, the account is suspended or
 * deleted. `except` keeps the session the user is acting from.
 */
export async function invalidateAllSessions(
  db: Pick<Db, "session">,
  userId: string,
  options: { except?: string } = {},
): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(options.except ? { id: { not: options.except } } : {}) },
  });
  return count;
}

export interface SessionListEntry {
  id: string;
  audience: SessionAudience;
  createdAt: Date;
  lastActiveAt: Date;
  userAgent: string | null;
  current: boolean;
}

/** The "where you are signed in" list; ended and expired sessions are left out. */
export async function listSessions(
  db: Db,
  userId: string,
  currentSessionId: string | null,
  now: Date = new Date(),
): Promise<SessionListEntry[]> {
  const rows = await db.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    orderBy: { lastActiveAt: "desc" },
    select: {
      id: true,
      audience: true,
      createdAt: true,
      lastActiveAt: true,
      userAgent: true,
    },
  });
  return rows
    .filter(
      (row) =>
        now.getTime() - row.lastActiveAt.getTime() < SESSION_POLICY[row.audience].idleTimeoutMs,
    )
    .map((row) => ({ ...row, current: row.id === currentSessionId }));
}

/** Removes sessions past their lifetime or idle timeout; run periodically by a worker. */
export async function deleteExpiredSessions(db: Db, now: Date = new Date()): Promise<number> {
  const audiences = Object.keys(SESSION_POLICY) as SessionAudience[];
  const results = await Promise.all(
    audiences.map((audience) =>
      db.session.deleteMany({
        where: {
          audience,
          OR: [
            { expiresAt: { lte: now } },
            {
              lastActiveAt: {
                lte: new Date(now.getTime() - SESSION_POLICY[audience].idleTimeoutMs),
              },
            },
          ],
        },
      }),
    ),
  );
  return results.reduce((sum, { count }) => sum + count, 0);
}

function toValidSession(row: {
  id: string;
  userId: string;
  audience: SessionAudience;
  createdAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
}): ValidSession {
  return {
    id: row.id,
    userId: row.userId,
    audience: row.audience,
    createdAt: row.createdAt,
    lastActiveAt: row.lastActiveAt,
    expiresAt: row.expiresAt,
  };
}
