import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import {
  changeEmail,
  changePassword,
  disconnectOAuthAccount,
  invalidateAllSessions,
  invalidateUserSession,
  listOAuthConnections,
  listSessions,
  twoFactorStatus,
} from "@tsunagu/auth";
import type { AccountActionView, AccountPageView } from "@tsunagu/ui/remix";
import type { AppCore } from "../app-core";
import { describeDevice } from "../describe-device";
import { readForm, textField } from "../forms";
import type { OAuthProviderCatalogue } from "../oauth-providers";
import type { SignedIn } from "../session";

/** How connecting a provider from this page ended (the callback says so in the query). */
const CONNECTION_OUTCOMES = ["connected", "already-connected", "failed"] as const;

interface AccountPageOptions {
  canChangeEmail: boolean;
  /** The providers this app offers for sign-in: the page connects and disconnects them. */
  oauth?: OAuthProviderCatalogue;
}

/** The configured providers, whether each is connected, and how the last connect ended. */
async function loadConnections(
  app: AppCore,
  oauth: OAuthProviderCatalogue | undefined,
  request: Request,
  userId: string,
) {
  const offered = oauth?.entries() ?? [];
  if (!oauth || offered.length === 0) return null;
  const linked = new Set(
    (await listOAuthConnections(app.db, userId)).map((connection) => connection.provider),
  );
  const query = new URL(request.url).searchParams;
  const outcome = CONNECTION_OUTCOMES.find((known) => known === query.get("connection"));
  const provider = oauth.byName(query.get("provider"))?.name;
  return {
    providers: offered.map(({ id, name, provider: stored }) => ({
      id,
      name,
      connected: linked.has(stored),
    })),
    notice: outcome && provider ? { outcome, provider } : null,
  };
}

/** Sessions are shown in Japan time, where the platform and most of its users are. */
export const DISPLAY_TIME_ZONE = "Asia/Tokyo";

/** The account page's loader data: the address and the signed-in devices, in local time. */
async function loadAccountPage(
  app: AppCore,
  { canChangeEmail, oauth }: AccountPageOptions,
  request: Request,
  { session, user }: SignedIn,
) {
  const { db } = app;
  const [account, sessions, locale, t, twoFactor, connections] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { email: true, emailVerifiedAt: true },
    }),
    listSessions(db, user.id, session.id),
    app.detectLocale(request),
    app.translator(request, "common"),
    twoFactorStatus(db, user.id),
    loadConnections(app, oauth, request, user.id),
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
    title: t("auth.account.title"),
    email: account.email,
    canChangeEmail,
    emailVerified: account.emailVerifiedAt !== null,
    twoFactor: { ...twoFactor, required: app.twoFactorRequired },
    connections,
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
async function runAccountAction(
  app: AppCore,
  { canChangeEmail, oauth }: AccountPageOptions,
  request: Request,
  { session, user }: SignedIn,
) {
  app.assertSameOrigin(request);
  const { db, mail } = app;
  const form = await readForm(request);
  const scope = { userId: user.id, currentSessionId: session.id };

  switch (form.get("intent")) {
    case "change-email": {
      if (!canChangeEmail) throw data(null, { status: 400 });
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
          ? await mail.sendVerificationToAccount(
              user.id,
              result.newEmail,
              result.verification.token,
            )
          : await mail.notifyAlreadyRegistered(result.newEmail);
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
    case "disconnect-provider": {
      const entry = oauth?.byId(textField(form, "provider"));
      if (!entry) throw data(null, { status: 400 });
      const result = await disconnectOAuthAccount(db, { userId: user.id, provider: entry.provider });
      return result.ok
        ? { intent: "disconnect-provider" as const, provider: entry.name }
        : { intent: "disconnect-provider" as const, provider: entry.name, problem: result.reason };
    }
    default:
      throw data(null, { status: 400 });
  }
}

/**
 * The account page (address, password, connected providers, signed-in devices) of an app. `canChangeEmail` where an
 * account may change its address (seekers, employers): the page then shows whether the address
 * is confirmed and accepts the "change-email" form. Typed as the page component reads it.
 */
export function accountPage(app: AppCore, options: AccountPageOptions) {
  return {
    async loader({ request }: LoaderFunctionArgs): Promise<AccountPageView> {
      return loadAccountPage(app, options, request, await app.requireUser(request));
    },
    async action({ request }: ActionFunctionArgs): Promise<AccountActionView> {
      return runAccountAction(app, options, request, await app.requireUser(request));
    },
  };
}

/** A time of day as the reader's language writes it, in Japan time like every time we show. */
export function formatTime(locale: string, date: Date | string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: DISPLAY_TIME_ZONE,
  }).format(new Date(date));
}
