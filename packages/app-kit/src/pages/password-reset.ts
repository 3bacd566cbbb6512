import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { consumePasswordReset, limitTokenRedemption, requestPasswordReset } from "@tsunagu/auth";
import type { AppCore } from "../app-core";
import { readForm, textField } from "../forms";

/** "Forgot password" and the page behind the emailed reset link. */
export function passwordResetPages(app: AppCore) {
  const { db, mail } = app;
  return {
    forgotPassword: {
      async loader({ request }: LoaderFunctionArgs) {
        const t = await app.translator(request, "common");
        return { title: t("auth.forgot.title") };
      },
      async action({ request, context }: ActionFunctionArgs) {
        app.assertSameOrigin(request);
        const email = textField(await readForm(request), "email").trim();
        const result = await requestPasswordReset(db, {
          email,
          ip: app.clientAddress(request, context),
        });
        if (!result.ok) return { outcome: "rate-limited" as const, email };
        // The same answer whether or not the address has an account.
        if (result.reset) {
          mail.sendPasswordResetInBackground(
            result.reset.userId,
            result.reset.email,
            result.reset.link.token,
          );
        }
        return { outcome: "sent" as const, email };
      },
    },

    resetPassword: {
      async loader({ request }: LoaderFunctionArgs) {
        const t = await app.translator(request, "common");
        return {
          token: new URL(request.url).searchParams.get("token") ?? "",
          title: t("auth.reset.title"),
        };
      },
      async action({ request, context }: ActionFunctionArgs) {
        app.assertSameOrigin(request);
        const form = await readForm(request);
        const limit = await limitTokenRedemption(db, { ip: app.clientAddress(request, context) });
        if (!limit.allowed) return { outcome: "rate-limited" as const };
        const result = await consumePasswordReset(db, {
          token: textField(form, "token"),
          newPassword: textField(form, "password"),
        });
        if (result.ok) {
          // Every session of the account ended; this browser's cookie goes too.
          return data(
            { outcome: "done" as const },
            { headers: { "Set-Cookie": app.signedOutCookie() } },
          );
        }
        if (result.reason === "weak-password") {
          return { outcome: "weak-password" as const, problems: result.problems };
        }
        return { outcome: "invalid" as const };
      },
    },
  };
}
