import { data } from "@remix-run/node";
import {
  accountEmailOf,
  notifyAlreadyRegistered,
  sendVerificationToAccount,
} from "./account.server";
import {
  assertSameOrigin,
  changeEmail,
  changePassword,
  invalidateAllSessions,
  invalidateUserSession,
  listSessions,
  type SignedIn,
} from "./auth.server";
import { db } from "./db.server";
import { textField } from "./forms.server";
import { detectLocale } from "./i18n.server";

/** Sessions are shown in Japan time, where the platform and most of its users are. */
export const DISPLAY_TIME_ZONE = "Asia/Tokyo";

/** "Chrome on Windows" from a User-Agent: enough to recognise a device, no version numbers. */
export function describeDevice(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = [
    [/Edg\//, "Edge"],
    [/OPR\//, "Opera"],
    [/Firefox\//, "Firefox"],
    [/Chrom(e|ium)\//, "Chrome"],
    [/Safari\//, "Safari"],
  ] as const satisfies ReadonlyArray<readonly [RegExp, string]>;
  const system = [
    [/Android/, "Android"],
    [/iPhone|iPad|iPod/, "iOS"],
    [/Windows/, "Windows"],
    [/Mac OS X|Macintosh/, "macOS"],
    [/CrOS/, "ChromeOS"],
    [/Linux/, "Linux"],
  ] as const satisfies ReadonlyArray<readonly [RegExp, string]>;
  const name = browser.find(([pattern]) => pattern.test(userAgent))?.[1];
  const os = system.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (name && os) return `${name} · ${os}`;
  return name ?? os ?? null;
}

export async function loadAccountPage(request: Request, { session, user }: SignedIn) {
  const [account, sessions, locale] = await Promise.all([
    accountEmailOf(user.id),
    listSessions(db, user.id, session.id),
    detectLocale(request),
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
    emailVerified: account.emailVerifiedAt !== null,
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
export async function runAccountAction(request: Request, { session, user }: SignedIn) {
  assertSameOrigin(request);
  const form = await request.formData();
  const scope = { userId: user.id, currentSessionId: session.id };

  switch (form.get("intent")) {
    case "change-email": {
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
          ? await sendVerificationToAccount(user.id, result.newEmail, result.verification.token)
          : await notifyAlreadyRegistered(result.newEmail);
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
