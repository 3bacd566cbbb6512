import { data } from "@remix-run/node";
import {
  changeEmail,
  changePassword,
  invalidateAllSessions,
  invalidateUserSession,
  listSessions,
  verifyRequestOrigin,
  type SessionUser,
  type ValidSession,
} from "@tsunagu/auth";
import type { Db } from "@tsunagu/db";
import { describeDevice } from "./describe-device";

/** Sessions are shown in Japan time, where the platform and most of its users are. */
export const DISPLAY_TIME_ZONE = "Asia/Tokyo";

export interface SignedIn {
  session: ValidSession;
  user: SessionUser;
}

/** The app's mails for a change of address, linking back to the app that sends them. */
export interface EmailChangeMail {
  /** Emails the confirmation link to the new address; false when the mail is delayed. */
  sendVerification(userId: string, to: string, token: string): Promise<boolean>;
  /** Tells the owner of a taken address that someone tried it; false when delayed. */
  notifyAlreadyRegistered(email: string): Promise<boolean>;
}

export interface AccountPageConfig {
  db: Db;
  /** The app's own origin: the page's forms refuse posts from anywhere else (CSRF). */
  appOrigin: string;
  /** The request's UI language, in which the session times are written. */
  detectLocale(request: Request): Promise<string>;
  /**
   * Given where an account may change its address (seekers, employers): the page then shows
   * whether the address is confirmed and accepts the "change-email" form. Admin leaves it out.
   */
  emailChange?: EmailChangeMail;
}

/** A text field of a submitted form, "" when absent (files and missing fields alike). */
function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The account page's loader data: the address and the signed-in devices, in local time. */
export async function loadAccountPage(
  config: AccountPageConfig,
  request: Request,
  { session, user }: SignedIn,
) {
  const { db } = config;
  const [account, sessions, locale] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { email: true, emailVerifiedAt: true },
    }),
    listSessions(db, user.id, session.id),
    config.detectLocale(request),
  ]);
  const format = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: DISPLAY_TIME_ZONE,
    timeZoneName: "short",
  });
  return {
    email: account.email,
    ...(config.emailChange ? { emailVerified: account.emailVerifiedAt !== null } : {}),
    sessions: sessions.map((entry) => ({
      id: entry.id,
      current: entry.current,
      device: describeDevice(entry.userAgent),
      started: format.format(entry.createdAt),
      lastActive: format.format(entry.lastActiveAt),
    })),
  };
}

/** The account page's forms, told apart by their `intent`. */
export async function runAccountAction(
  config: AccountPageConfig,
  request: Request,
  { session, user }: SignedIn,
) {
  if (!verifyRequestOrigin(request, config.appOrigin)) {
    throw new Response("Cross-origin request refused", { status: 403 });
  }
  const { db, emailChange } = config;
  const form = await request.formData();
  const scope = { userId: user.id, currentSessionId: session.id };

  switch (form.get("intent")) {
    case "change-email": {
      if (!emailChange) throw data(null, { status: 400 });
      const newEmail = textField(form, "newEmail").trim();
      const result = await changeEmail(db, {
        ...scope,
        newEmail,
        currentPassword: textField(form, "currentPassword"),
      });
      if (!result.ok) return { intent: "change-email" as const, problem: result.reason, newEmail };
      // A taken address gets a notice instead of a link; the page looks the same either way.
      const sent =
        result.status === "verification-sent"
          ? await emailChange.sendVerification(user.id, result.newEmail, result.verification.token)
          : await emailChange.notifyAlreadyRegistered(result.newEmail);
      return { intent: "change-email" as const, sentTo: result.newEmail, delayed: !sent };
    }
    case "change-password": {
      const result = await changePassword(db, {
        ...scope,
        currentPassword: textField(form, "currentPassword"),
        newPassword: textField(form, "newPassword"),
      });
      if (result.ok) return { intent: "change-password" as const, changed: true };
      return {
        intent: "change-password" as const,
        problem: result.reason,
        problems: result.reason === "weak-password" ? result.problems : [],
      };
    }
    case "sign-out-device": {
      await invalidateUserSession(db, user.id, textField(form, "sessionId"));
      return { intent: "sign-out-device" as const };
    }
    case "sign-out-others": {
      await invalidateAllSessions(db, user.id, { except: session.id });
      return { intent: "sign-out-others" as const };
    }
    default:
      throw data(null, { status: 400 });
  }
}
