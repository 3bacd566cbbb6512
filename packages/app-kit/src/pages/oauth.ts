import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import {
  blankOAuthFlowCookie,
  completeOAuthCompanySignUp,
  completeOAuthSignUp,
  connectOAuthAccount,
  cookieOptionsFor,
  finishOAuth,
  oauthFlowCookie,
  readCookie,
  startOAuth,
  verifyOAuthCallback,
  type OAuthSignInContext,
  type OAuthSignInResult,
} from "@tsunagu/auth";
import { accountLocale } from "../account-mail";
import type { AppCore } from "../app-core";
import { readForm, textField } from "../forms";
import type { OAuthButton, OAuthProviderCatalogue } from "../oauth-providers";
import { finishSignIn } from "../signed-in";

/** Why a sign-in through a provider came back to the sign-in page. */
export const OAUTH_FAILURES = [
  "failed",
  "email-in-use",
  "expired",
  "email-required",
  "unavailable",
  "no-account",
  "unverified-email",
] as const;
export type OAuthFailure = (typeof OAUTH_FAILURES)[number];

/** What the sign-in page shows of provider sign-in: the buttons, and why the last try failed. */
export interface OAuthSignInView {
  providers: OAuthButton[];
  failure: { reason: OAuthFailure; provider: string } | null;
}

/**
 * A sign-up through a provider that still needs a birth date or a company name: the identity, sealed by
 * @tsunagu/auth (AES-GCM, 15 minutes), waits in an HttpOnly cookie rather than in a URL.
 */
const PENDING_COOKIE = "tsunagu_oauth_pending";

interface RouteArgs {
  request: Request;
  context: LoaderFunctionArgs["context"];
}

/**
 * Sign-in with Google, Facebook or Microsoft (F1): the button's POST, the provider's callback
 * (which also connects a provider from account settings) and, for a new account, the page that
 * asks what the provider cannot tell (a seeker's birth date, a company's name). A provider sign-in ends like a
 * password sign-in (finishSignIn): the second step if the account has one, the new-device mail,
 * and the app's afterSignIn (a policy to review first).
 */
export function oauthPages(app: AppCore, catalogue: OAuthProviderCatalogue) {
  const secure = cookieOptionsFor(app.env.APP_ORIGIN).secure;
  const audience = app.audience === "ADMIN" ? null : app.audience;

  function pendingCookie(value: string, maxAge: number): string {
    return [
      `${secure ? "__Host-" : ""}${PENDING_COOKIE}=${value}`,
      "Path=/",
      "HttpOnly",
      "SameSite=Lax",
      `Max-Age=${maxAge}`,
      ...(secure ? ["Secure"] : []),
    ].join("; ");
  }

  function readPendingSignUp(request: Request): string | null {
    const header = request.headers.get("Cookie");
    return readCookie(header, `__Host-${PENDING_COOKIE}`) ?? readCookie(header, PENDING_COOKIE);
  }

  async function signInContext(
    { request, context }: RouteArgs,
    oauthAudience: OAuthSignInContext["audience"],
  ): Promise<OAuthSignInContext> {
    return {
      audience: oauthAudience,
      locale: accountLocale(await app.detectLocale(request)),
      device: {
        ip: app.clientAddress(request, context),
        userAgent: request.headers.get("User-Agent"),
      },
      knownDeviceToken: app.knownDeviceToken(request),
    };
  }

  /** Back to sign-in with a reason: only known reasons and provider names go into the URL. */
  function failure(providerName: string, reason: OAuthFailure, headers: Headers): never {
    const params = new URLSearchParams({ oauthError: reason, provider: providerName });
    throw redirect(`/sign-in?${params}`, { headers });
  }

  async function settle(
    request: Request,
    result: OAuthSignInResult,
    providerName: string,
    redirectTo: string,
    headers: Headers,
  ): Promise<never> {
    switch (result.status) {
      case "signed-in": {
        if (result.verification) {
          const { email } = await app.db.user.findUniqueOrThrow({
            where: { id: result.userId },
            select: { email: true },
          });
          await app.mail.sendVerificationToAccount(
            result.userId,
            email,
            result.verification.token,
          );
        }
        return finishSignIn(app, request, result, redirectTo, headers.getSetCookie());
      }
      case "second-factor-required":
        headers.append("Set-Cookie", app.challengeCookie(result.challenge));
        throw redirect(`/sign-in/two-step?${new URLSearchParams({ redirectTo })}`, { headers });
      case "needs-birth-date":
      case "needs-company":
        headers.append("Set-Cookie", pendingCookie(result.pendingSignUp, 15 * 60));
        throw redirect(
          `/auth/complete?${new URLSearchParams({ provider: providerName, redirectTo })}`,
          { headers },
        );
      case "email-in-use":
      case "email-required":
      case "no-account":
      case "unverified-email":
        return failure(providerName, result.status, headers);
      case "account-unavailable":
        return failure(providerName, "unavailable", headers);
      default:
        return failure(providerName, "failed", headers);
    }
  }

  return {
    /** For the sign-in page's loader. */
    signInView(request: Request): OAuthSignInView {
      const query = new URL(request.url).searchParams;
      const reason = OAUTH_FAILURES.find((known) => known === query.get("oauthError")) ?? null;
      const provider = catalogue.byName(query.get("provider"))?.name ?? "";
      return { providers: catalogue.buttons(), failure: reason ? { reason, provider } : null };
    },

    /** The buttons alone, e.g. for the sign-up page. */
    buttons: catalogue.buttons,

    /** POST /auth/:provider: off to the provider with state and PKCE kept in a cookie. */
    begin: {
      /** A plain visit goes back to sign-in. */
      loader() {
        return redirect("/sign-in");
      },
      async action({ request, params }: ActionFunctionArgs) {
        app.assertSameOrigin(request);
        const client = audience ? await catalogue.client(params.provider) : null;
        if (!client) throw new Response(null, { status: 404 });
        const form = await readForm(request);
        // Account settings → "Connect": only for someone signed in, and back to settings.
        const connect = form.get("intent") === "connect";
        if (connect) await app.requireUser(request);
        const flow = startOAuth(client);
        return redirect(flow.url.toString(), {
          headers: {
            "Set-Cookie": oauthFlowCookie(flow, {
              secure,
              intent: connect ? "connect" : "sign-in",
              redirectTo: connect ? "/account" : app.safeRedirectPath(form.get("redirectTo")),
            }),
          },
        });
      },
    },

    /** GET /auth/:provider/callback. */
    callback: {
      async loader(args: LoaderFunctionArgs): Promise<never> {
        const { request, params } = args;
        const entry = catalogue.byId(params.provider);
        const client = audience ? await catalogue.client(params.provider) : null;
        if (!entry || !client || !audience) throw new Response(null, { status: 404 });
        const url = new URL(request.url);
        const flow = verifyOAuthCallback(
          request.headers.get("Cookie"),
          url.searchParams.get("state"),
        );
        const code = url.searchParams.get("code");
        const headers = new Headers({ "Set-Cookie": blankOAuthFlowCookie({ secure }) });
        if (!flow || !code) return failure(entry.name, "failed", headers);
        if (flow.intent === "connect") {
          const signedIn = await app.getOptionalUser(request);
          if (!signedIn) return failure(entry.name, "expired", headers);
          const connected = await connectOAuthAccount(app.db, client, {
            userId: signedIn.user.id,
            code,
            codeVerifier: flow.codeVerifier,
          });
          const outcome = connected.ok ? "connected" : connected.reason;
          const query = new URLSearchParams({ connection: outcome, provider: entry.name });
          throw redirect(`/account?${query}`, { headers });
        }

        const result = await finishOAuth(app.db, client, {
          code,
          codeVerifier: flow.codeVerifier,
          ...(await signInContext(args, audience)),
        });
        return settle(request, result, entry.name, app.safeRedirectPath(flow.redirectTo), headers);
      },
    },

    /**
     * /auth/complete: what a sign-up that started at a provider still needs (a seeker's birth
     * date; a company's name and its owner's).
     */
    complete: {
      async loader({ request }: LoaderFunctionArgs) {
        const query = new URL(request.url).searchParams;
        const provider = catalogue.byName(query.get("provider"))?.name ?? "";
        if (!readPendingSignUp(request)) {
          throw redirect(`/sign-in?${new URLSearchParams({ oauthError: "expired", provider })}`);
        }
        const t = await app.translator(request, "common");
        return {
          title: t("auth.oauth.completeTitle"),
          provider,
          redirectTo: app.safeRedirectPath(query.get("redirectTo")),
        };
      },
      async action(args: ActionFunctionArgs) {
        const { request } = args;
        app.assertSameOrigin(request);
        const form = await readForm(request);
        const pendingSignUp = readPendingSignUp(request);
        // Only a provider we know goes back into a URL: the field is whatever the visitor posted.
        const provider = catalogue.byName(textField(form, "provider"))?.name ?? "";
        if (!pendingSignUp || !audience) return failure(provider, "expired", new Headers());
        const context = await signInContext(args, audience);
        const result =
          audience === "SEEKER"
            ? await completeOAuthSignUp(app.db, {
                pendingSignUp,
                birthDate: textField(form, "birthDate"),
                ...context,
              })
            : await completeOAuthCompanySignUp(app.db, {
                pendingSignUp,
                companyName: textField(form, "companyName"),
                displayName: textField(form, "displayName"),
                ...context,
              });
        // The form keeps what was typed; the problems name their fields.
        const values = {
          birthDate: textField(form, "birthDate"),
          companyName: textField(form, "companyName"),
          displayName: textField(form, "displayName"),
        };
        if (result.status === "invalid") return { problems: [result.problem], values };
        if (result.status === "invalid-company") return { problems: result.problems, values };
        const headers = new Headers();
        if (result.status === "signed-in") headers.append("Set-Cookie", pendingCookie("", 0));
        return settle(
          request,
          result,
          provider,
          app.safeRedirectPath(form.get("redirectTo")),
          headers,
        );
      },
    },
  };
}

export type OAuthPages = ReturnType<typeof oauthPages>;
