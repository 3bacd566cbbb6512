import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { ResetPasswordPage } from "@tsunagu/ui/remix";
import {
  assertSameOrigin,
  clientIp,
  consumePasswordReset,
  limitTokenRedemption,
  signedOutCookie,
} from "~/lib/auth.server";
import { db } from "~/lib/db.server";
import { textField } from "~/lib/forms.server";

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get("token") ?? "" };
}

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await request.formData();
  const limit = await limitTokenRedemption(db, { ip: clientIp(request) });
  if (!limit.allowed) return { outcome: "rate-limited" as const };
  const result = await consumePasswordReset(db, {
    token: textField(form, "token"),
    newPassword: textField(form, "password"),
  });
  if (result.ok) {
    // Every session of the account ended; this browser's cookie goes too.
    return data({ outcome: "done" as const }, { headers: { "Set-Cookie": signedOutCookie() } });
  }
  if (result.reason === "weak-password") {
    return { outcome: "weak-password" as const, problems: result.problems };
  }
  return { outcome: "invalid" as const };
}

export default ResetPasswordPage;
