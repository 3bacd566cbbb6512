import { redirect } from "@remix-run/node";
import {
  appCookie,
  appCookieName,
  blankSessionCookie,
  cookieOptionsFor,
  KNOWN_DEVICE_LIFETIME_MS,
  knownDeviceCookie,
  knownDeviceCookieName,
  readCookie,
  sessionCookie,
  sessionFromRequest,
  verifyRequestOrigin,
  twoFactorStatus,
  type SessionUser,
  type ValidSession,
} from "@tsunagu/auth";
import type { Db, SessionAudience } from "@tsunagu/db";

export interface SignedIn {
  session: ValidSession;
  user: SessionUser;
}

/** Where an account that must use two-step sign-in but has not set it up is sent (F21: admins). */
export const TWO_STEP_SETUP_PATH = "/account/two-step";

/** An app's session handling: its cookie, its audience, its origin. */
export function sessionBindings(app: {
  db: Db;
  audience: SessionAudience;
  appOrigin: string;
  twoFactorRequired: boolean;
}) {
  const { db, audience, appOrigin } = app;
  const cookieOptions = cookieOptionsFor(appOrigin);

  /** The signed-in account of this app, or null for visitors and other apps' sessions. */
  function getOptionalUser(request: Request): Promise<SignedIn | null> {
    return sessionFromRequest(db, request, { audience, appOrigin });
  }

  return {
    getOptionalUser,

    /**
     * For loaders and actions behind sign-in: visitors go to sign-in and come back afterwards.
     * In an app where two-step sign-in is required, an account without it goes to set it up
     * first (the setup page itself passes `{ setup: true }`).
     */
    async requireUser(request: Request, options: { setup?: boolean } = {}): Promise<SignedIn> {
      const signedIn = await getOptionalUser(request);
      if (!signedIn) {
        const url = new URL(request.url);
        const redirectTo = `${url.pathname}${url.search}`;
        throw redirect(`/sign-in?${new URLSearchParams({ redirectTo })}`);
      }
      if (
        app.twoFactorRequired &&
        !options.setup &&
        !(await twoFactorStatus(db, signedIn.user.id)).enabled
      ) {
        throw redirect(TWO_STEP_SETUP_PATH);
      }
      return signedIn;
    },

    /**
     * CSRF: the first line of every action. A state-changing request must come from a page of
     * this app (Origin, or Sec-Fetch-Site when Origin is stripped); SameSite alone is not enough.
     */
    assertSameOrigin(request: Request): void {
      if (!verifyRequestOrigin(request, appOrigin)) {
        throw new Response("Cross-origin request refused", { status: 403 });
      }
    },

    signedInCookie(token: string, expiresAt: Date): string {
      return sessionCookie(audience, token, { ...cookieOptions, expiresAt });
    },

    signedOutCookie(): string {
      return blankSessionCookie(audience, cookieOptions);
    },

    /** The device cookie this browser sent (accounts that signed in on it before), if any. */
    knownDeviceToken(request: Request): string | null {
      return readCookie(
        request.headers.get("Cookie"),
        knownDeviceCookieName(audience, cookieOptions),
      );
    },

    /** The state between the two steps of a sign-in (sealed by @tsunagu/auth), ten minutes. */
    challengeCookie(challenge: string | null): string {
      return appCookie(audience, "challenge", challenge ?? "", {
        ...cookieOptions,
        maxAgeSeconds: challenge ? 600 : 0,
      });
    },

    challengeOf(request: Request): string | null {
      return readCookie(
        request.headers.get("Cookie"),
        appCookieName(audience, "challenge", cookieOptions),
      );
    },

    knownDeviceCookie(token: string): string {
      return knownDeviceCookie(audience, token, {
        ...cookieOptions,
        maxAgeMs: KNOWN_DEVICE_LIFETIME_MS,
      });
    },
  };
}

export type SessionBindings = ReturnType<typeof sessionBindings>;
