import { redirect, type AppLoadContext } from "@remix-run/node";
import {
  blankOAuthFlowCookie,
  completeOAuthSignUp,
  cookieOptionsFor,
  finishOAuth,
  oauthFlowCookie,
  readCookie,
  startOAuth,
  verifyOAuthCallback,
  type OAuthSignInResult,
} from "@tsunagu/auth";
import { accountLocale, emailLocale, readForm, textField } from "@tsunagu/app-kit";
import { kit } from "./kit.server";
import { oauthClient, providerInfo, providerNamed } from "./oauth.server";

const { db } = kit;
const secure = () => cookieOptionsFor(kit.env.APP_ORIGIN).secure;

interface RouteArgs {
  request: Request;
  context: AppLoadContext;
}

/**
 * A sign-up through a provider that still needs the birth date: the identity, sealed by
 * @tsunagu/auth (AES-GCM, 15 minutes), waits in an HttpOnly cookie rather than in a URL.
 */
const PENDING_COOKIE = "tsunagu_oauth_pending";

function pendingCookie(value: string, maxAge: number): string {
  return [
    `${secure() ? "__Host-" : ""}${PENDING_COOKIE}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAge}`,
    ...(secure() ? ["Secure"] : []),
  ].join("; ");
}

export function readPendingSignUp(request: Request): string | null {
  const header = request.headers.get("Cookie");
  return readCookie(header, `__Host-${PENDING_COOKIE}`) ?? readCookie(header, PENDING_COOKIE);
}

/** POST /auth/:provider: off to the provider with state and PKCE kept in a cookie. */
export async function beginOAuth({ request }: RouteArgs, providerId: string | undefined) {
  kit.assertSameOrigin(request);
  const client = await oauthClient(providerId);
  if (!client) throw new Response(null, { status: 404 });
  const flow = startOAuth(client);
  return redirect(flow.url.toString(), {
    headers: { "Set-Cookie": oauthFlowCookie(flow, { secure: secure() }) },
  });
}

/** GET /auth/:provider/callback. */
export async function handleOAuthCallback(args: RouteArgs, providerId: string | undefined) {
  const { request } = args;
  const info = providerInfo(providerId);
  const client = await oauthClient(providerId);
  if (!info || !client) throw new Response(null, { status: 404 });
  const url = new URL(request.url);
  const flow = verifyOAuthCallback(request.headers.get("Cookie"), url.searchParams.get("state"));
  const code = url.searchParams.get("code");
  const headers = new Headers({ "Set-Cookie": blankOAuthFlowCookie({ secure: secure() }) });
  if (!flow || !code) return failure(info.name, "failed", headers);

  const result = await finishOAuth(db, client, {
    code,
    codeVerifier: flow.codeVerifier,
    ...(await signInContext(args)),
  });
  return settle(result, info.name, headers);
}

/** POST /auth/complete: the birth date for a sign-up that started at a provider. */
export async function completeOAuth(args: RouteArgs) {
  const { request } = args;
  kit.assertSameOrigin(request);
  const form = await readForm(request);
  const pendingSignUp = readPendingSignUp(request);
  // Only a provider we know goes back into a URL: the field is whatever the visitor posted.
  const provider = providerNamed(textField(form, "provider"))?.name ?? "";
  if (!pendingSignUp) return failure(provider, "expired", new Headers());
  const result = await completeOAuthSignUp(db, {
    pendingSignUp,
    birthDate: textField(form, "birthDate"),
    ...(await signInContext(args)),
  });
  if (result.status === "invalid") return { problem: result.problem };
  const headers = new Headers();
  if (result.status === "signed-in") headers.append("Set-Cookie", pendingCookie("", 0));
  return settle(result, provider, headers);
}

async function signInContext({ request, context }: RouteArgs) {
  return {
    locale: accountLocale(await kit.detectLocale(request)),
    device: {
      ip: kit.clientAddress(request, context),
      userAgent: request.headers.get("User-Agent"),
    },
  };
}

async function settle(result: OAuthSignInResult, providerName: string, headers: Headers) {
  switch (result.status) {
    case "signed-in": {
      headers.append("Set-Cookie", kit.signedInCookie(result.token, result.session.expiresAt));
      if (result.verification) {
        const account = await db.user.findUniqueOrThrow({
          where: { id: result.userId },
          select: { email: true, locale: true },
        });
        await kit.mail.sendVerification(
          account.email,
          emailLocale(account.locale),
          result.verification.token,
        );
      }
      return redirect("/resume", { headers });
    }
    case "needs-birth-date":
      headers.append("Set-Cookie", pendingCookie(result.pendingSignUp, 15 * 60));
      return redirect(`/auth/complete?${new URLSearchParams({ provider: providerName })}`, {
        headers,
      });
    case "email-in-use":
      return failure(providerName, "email-in-use", headers);
    default:
      return failure(providerName, "failed", headers);
  }
}

function failure(
  providerName: string,
  reason: "failed" | "email-in-use" | "expired",
  headers: Headers,
) {
  const params = new URLSearchParams({ oauthError: reason, provider: providerName });
  return redirect(`/sign-in?${params}`, { headers });
}
