import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { VerifyEmailPage } from "@tsunagu/ui/remix";
import { sendVerificationToAccount } from "~/lib/account.server";
import {
  assertSameOrigin,
  clientIp,
  consumeEmailVerification,
  getOptionalUser,
  limitTokenRedemption,
  requireEmployer,
  resendEmailVerification,
} from "~/lib/auth.server";
import { db } from "~/lib/db.server";
import { textField } from "~/lib/forms.server";

/**
 * The link from the email shows a button instead of confirming on GET: mail scanners that fetch
 * links must not use up the one-time token, and GET requests stay free of side effects.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const signedIn = await getOptionalUser(request);
  return { token, signedIn: signedIn !== null, verified: signedIn?.user.emailVerified ?? false };
}

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await request.formData();
  const ip = clientIp(request);
  if (form.get("intent") === "resend") {
    const { user } = await requireEmployer(request);
    const result = await resendEmailVerification(db, { userId: user.id, ip });
    if (!result.ok) return { outcome: result.reason };
    const sent = await sendVerificationToAccount(user.id, result.email, result.link.token);
    return { outcome: sent ? ("resent" as const) : ("delayed" as const) };
  }
  const limit = await limitTokenRedemption(db, { ip });
  if (!limit.allowed) return { outcome: "rate-limited" as const };
  const result = await consumeEmailVerification(db, { token: textField(form, "token") });
  return { outcome: result.ok ? ("verified" as const) : ("invalid" as const) };
}

export default VerifyEmailPage;
