import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { invalidateSession, signInWithPassword } from "@tsunagu/auth";
import type { AppCore } from "../app-core";
import { readForm, textField } from "../forms";

/** Sign-in with email and password, and sign-out. */
export function signInPages(app: AppCore) {
  const { db } = app;
  return {
    signIn: {
      async loader({ request }: LoaderFunctionArgs) {
        const redirectTo = app.safeRedirectPath(
          new URL(request.url).searchParams.get("redirectTo"),
        );
        if (await app.getOptionalUser(request)) throw redirect(redirectTo);
        const t = await app.translator(request, "common");
        return { title: t("auth.signIn.title") };
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
        if (!result.ok) return { reason: result.reason, email };
        const headers = new Headers();
        headers.append("Set-Cookie", app.signedInCookie(result.token, result.session.expiresAt));
        headers.append("Set-Cookie", app.knownDeviceCookie(result.knownDeviceToken));
        throw redirect(app.safeRedirectPath(form.get("redirectTo")), { headers });
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
