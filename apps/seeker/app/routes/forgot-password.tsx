import type { ActionFunctionArgs } from "@remix-run/node";
import { ForgotPasswordPage } from "@tsunagu/ui/remix";
import { sendPasswordResetInBackground } from "~/lib/account.server";
import { assertSameOrigin, clientIp, requestPasswordReset } from "~/lib/auth.server";
import { db } from "~/lib/db.server";
import { textField } from "~/lib/forms.server";

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const email = textField(await request.formData(), "email").trim();
  const result = await requestPasswordReset(db, { email, ip: clientIp(request) });
  if (!result.ok) return { outcome: "rate-limited" as const, email };
  // The same answer whether or not the address has an account.
  if (result.reset) {
    sendPasswordResetInBackground(result.reset.userId, result.reset.email, result.reset.link.token);
  }
  return { outcome: "sent" as const, email };
}

export default ForgotPasswordPage;
