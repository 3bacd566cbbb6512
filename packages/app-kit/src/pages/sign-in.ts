import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import {
  completeSignIn,
  invalidateSession,
  invalidateUserSession,
  openToken,
  signInWithPassword,
} from "@tsunagu/auth";
import { z } from "zod";
import type { AppCore } from "../app-core";
import { readForm, textField } from "../forms";
import { finishSignIn, NOT_ME_PURPOSE } from "../signed-in";
import type { OAuthPages } from "./oauth";

const notMeToken = z.object({ sessionId: z.string(), userId: z.string() });

/** Sign-in with email and password (and the provider buttons beside it), and sign-out. */
export function signInPages(app: AppCore, oauth?: OAuthPages) {
  const { db } = app;
  return {
    signIn: {
      async loader({ request }: LoaderFunctionArgs) {
        const redirectTo = app.safeRedirectPath(
          new URL(request.url).searchParams.get("redirectTo"),
        );
        if (await app.getOptionalUser(request)) throw redirect(redirectTo);
        const t = await app.translator(request, "common");
        return { title: t("auth.signIn.title"), oauth: oauth?.signInView(request) ?? null };
      },
      async action({ request, context }: ActionFunctionArgs) {
        app.assertSameOrigin(request);
        const form = await readForm(request);
        const email = textField(form, "email");
        const result = await signInWithPassword(db, {
          email,
          password: textField(form, "password"),
          audience: app.audience,
          ip: app.clientAddress(request, context),
          userAgent: request.headers.get("User-Agent"),
          knownDeviceToken: app.knownDeviceToken(request),
        });
        const redirectTo = app.safeRedirectPath(form.get("redirectTo"));
        if (!result.ok && result.reason === "second-factor-required") {
          throw redirect(`/sign-in/two-step?${new URLSearchParams({ redirectTo })}`, {
            headers: { "Set-Cookie": app.challengeCookie(result.challenge) },
          });
        }
        if (!result.ok) return { reason: result.reason, email };
        return finishSignIn(app, request, result, redirectTo);
      },
    },

    /** The second step for accounts with two-step sign-in: a code from the authenticator app. */
    twoStep: {
      async loader({ request }: LoaderFunctionArgs) {
        if (!app.challengeOf(request)) throw redirect("/sign-in");
        const t = await app.translator(request, "common");
        return { title: t("auth.twoStep.title") };
      },
      async action({ request, context }: ActionFunctionArgs) {
        app.assertSameOrigin(request);
        const form = await readForm(request);
        const result = await completeSignIn(db, {
          challenge: app.challengeOf(request),
          code: textField(form, "code"),
          audience: app.audience,
          ip: app.clientAddress(request, context),
          userAgent: request.headers.get("User-Agent"),
        });
        if (!result.ok && result.reason === "challenge-expired") {
          throw redirect("/sign-in?twoStep=expired", {
            headers: { "Set-Cookie": app.challengeCookie(null) },
          });
        }
        if (!result.ok) return { reason: result.reason };
        return finishSignIn(app, request, result, app.safeRedirectPath(form.get("redirectTo")), [
          app.challengeCookie(null),
        ]);
      },
    },

    /**
     * The "this wasn't me" link of a new-sign-in mail: opening it shows a button (mail scanners
     * open links), posting it ends that one session, no sign-in needed.
     */
    notMe: {
      async loader({ request }: LoaderFunctionArgs) {
        const token = new URL(request.url).searchParams.get("token") ?? "";
        const t = await app.translator(request, "common");
        return {
          token,
          valid: openToken(NOT_ME_PURPOSE, token, notMeToken) !== null,
          title: t("auth.notMe.title"),
        };
      },
      async action({ request }: ActionFunctionArgs) {
        app.assertSameOrigin(request);
        const form = await readForm(request);
        const claim = openToken(NOT_ME_PURPOSE, textField(form, "token"), notMeToken);
        if (!claim) return { outcome: "invalid" as const };
        await invalidateUserSession(db, claim.userId, claim.sessionId);
        return { outcome: "ended" as const };
      },
    },

    signOut: {
      /** Signing out is a POST only: a link or an image elsewhere must not sign anyone out. */
      loader() {
        return redirect("/");
      },
      async action({ request }: ActionFunctionArgs) {
        app.assertSameOrigin(request);
        const signedIn = await app.getOptionalUser(request);
        if (signedIn) await invalidateSession(db, signedIn.session.id);
        return redirect("/sign-in?signedOut=1", {
          headers: { "Set-Cookie": app.signedOutCookie() },
        });
      },
    },
  };
}
