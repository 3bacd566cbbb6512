import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  consumeEmailVerification,
  limitTokenRedemption,
  resendEmailVerification,
} from "@tsunagu/auth";
import type { AppCore } from "../app-core";
import { readForm, textField } from "../forms";

/**
 * The link from the email shows a button instead of confirming on GET: mail scanners that fetch
 * links must not use up the one-time token, and GET requests stay free of side effects.
 */
export function verifyEmailPage(app: AppCore) {
  const { db, mail } = app;
  return {
    async loader({ request }: LoaderFunctionArgs) {
      const token = new URL(request.url).searchParams.get("token") ?? "";
      const signedIn = await app.getOptionalUser(request);
      return {
        token,
        signedIn: signedIn !== null,
        verified: signedIn?.user.emailVerified ?? false,
      };
    },
    async action({ request, context }: ActionFunctionArgs) {
      app.assertSameOrigin(request);
      const form = await readForm(request);
      const ip = app.clientAddress(request, context);
      if (form.get("intent") === "resend") {
        const { user } = await app.requireUser(request);
        const result = await resendEmailVerification(db, { userId: user.id, ip });
        if (!result.ok) return { outcome: result.reason };
        const sent = await mail.sendVerificationToAccount(user.id, result.email, result.link.token);
        return { outcome: sent ? ("resent" as const) : ("delayed" as const) };
      }
      const limit = await limitTokenRedemption(db, { ip });
      if (!limit.allowed) return { outcome: "rate-limited" as const };
      const result = await consumeEmailVerification(db, { token: textField(form, "token") });
      return { outcome: result.ok ? ("verified" as const) : ("invalid" as const) };
    },
  };
}
