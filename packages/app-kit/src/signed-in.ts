import { redirect } from "@remix-run/node";
import { sealToken, type SignInResult } from "@tsunagu/auth";
import type { AppCore } from "./app-core";
import { describeDevice } from "./describe-device";

/** A session just started, by password (one step or two) or through a provider. */
type SignedInResult = Omit<Extract<SignInResult, { ok: true }>, "ok">;

const NOT_ME_PURPOSE = "sign-in-not-me";
/** How long the "this wasn't me" link of a new-sign-in mail works. */
const NOT_ME_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export { NOT_ME_PURPOSE };

/**
 * The end of every successful sign-in (one step or two, password or provider): the session and device cookies, the
 * "new sign-in" mail when the browser is new to the account, and on to where the visitor was
 * going. The mail is sent off the request path: a mail outage never delays a sign-in.
 */
export async function finishSignIn(
  app: AppCore,
  request: Request,
  result: SignedInResult,
  redirectTo: string,
  extraCookies: string[] = [],
): Promise<never> {
  const headers = new Headers();
  headers.append("Set-Cookie", app.signedInCookie(result.token, result.session.expiresAt));
  headers.append("Set-Cookie", app.knownDeviceCookie(result.knownDeviceToken));
  for (const cookie of extraCookies) headers.append("Set-Cookie", cookie);
  if (result.newDevice) {
    const now = new Date();
    const token = sealToken(
      NOT_ME_PURPOSE,
      { sessionId: result.session.id, userId: result.userId },
      new Date(now.getTime() + NOT_ME_LIFETIME_MS),
    );
    void app.db.user
      .findUniqueOrThrow({ where: { id: result.userId }, select: { email: true, locale: true } })
      .then(({ email, locale }) =>
        app.mail.send(
          email,
          locale.toLowerCase() as "en" | "vi" | "ja",
          {
            kind: "new-sign-in",
            device: describeDevice(request.headers.get("User-Agent")),
            at: now,
            notMeLink: app.mail.appLink("/sign-in/not-me", { token }),
            resetLink: app.mail.appLink("/forgot-password"),
          },
          { userId: result.userId, idempotencyKey: `new-sign-in:${result.session.id}` },
        ),
      )
      .catch(() => console.error("New sign-in email could not be prepared"));
  }
  const target = app.afterSignIn
    ? await app.afterSignIn(app.db, result.userId, redirectTo)
    : redirectTo;
  throw redirect(target, { headers });
}
