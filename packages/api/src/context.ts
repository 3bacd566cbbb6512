import { sessionFromRequest } from "@tsunagu/auth";
import {
  db as sharedDb,
  type CompanyStatus,
  type Db,
  type MemberRole,
  type SessionAudience,
  type UserKind,
} from "@tsunagu/db";
import type { PhaseTimings } from "./phase-timings";
import type { InvitationMail } from "./services/invitations/notify-seeker";

/**
 * What every procedure knows about the request: ids and roles only, never personal fields
 * (those are read by the service that needs them, for the one request that needs them).
 */
export interface Context {
  db: Db;
  /** The app this request was sent to; only that app's cookie was read. */
  audience: SessionAudience;
  /** The app's own origin, for cookie options (Secure / `__Host-`). */
  appOrigin: string;
  session: { id: string; userId: string; audience: SessionAudience } | null;
  user: { id: string; kind: UserKind } | null;
  /** Employer accounts: the membership the session's user holds. */
  member: {
    id: string;
    companyId: string;
    role: MemberRole;
    /** The company's status, read with the session on this request. */
    companyStatus: CompanyStatus;
    /** The domain of the member's confirmed address (domain blocks, R10), null if unconfirmed. */
    confirmedEmailDomain: string | null;
  } | null;
  /** Response headers a procedure may add to (sign-out clears the cookie). */
  resHeaders: Headers;
  /** The employer app's way to email seekers (F6); null when no mail relay is configured. */
  invitationMail: InvitationMail | null;
  /** The benchmark's phase recorder (SERVER_TIMING=1, never in production); null otherwise. */
  timings?: PhaseTimings | null;
}

export interface CreateContextOptions {
  request: Request;
  audience: SessionAudience;
  appOrigin: string;
  resHeaders?: Headers;
  db?: Db;
  invitationMail?: InvitationMail | null;
  timings?: PhaseTimings | null;
}

export async function createContext(options: CreateContextOptions): Promise<Context> {
  const db = options.db ?? sharedDb;
  // validateSessionToken refuses another app's session, so `auth` is always of this audience.
  const auth = await sessionFromRequest(db, options.request, options);
  return {
    db,
    audience: options.audience,
    appOrigin: options.appOrigin,
    session: auth
      ? { id: auth.session.id, userId: auth.session.userId, audience: auth.session.audience }
      : null,
    user: auth ? { id: auth.user.id, kind: auth.user.kind } : null,
    member: auth?.user.membership ?? null,
    resHeaders: options.resHeaders ?? new Headers(),
    invitationMail: options.invitationMail ?? null,
    timings: options.timings ?? null,
  };
}
