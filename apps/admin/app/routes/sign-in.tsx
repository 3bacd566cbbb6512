import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/react";
import { SignInPage } from "@tsunagu/ui/remix";
import {
  AUDIENCE,
  assertSameOrigin,
  clientIp,
  getOptionalUser,
  safeRedirectPath,
  signedInCookie,
  signInWithPassword,
} from "~/lib/auth.server";
import { db } from "~/lib/db.server";
import { textField } from "~/lib/forms.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (await getOptionalUser(request)) throw redirect(redirectTo);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const form = await request.formData();
  const email = textField(form, "email");
  const result = await signInWithPassword(db, {
    email,
    password: textField(form, "password"),
    audience: AUDIENCE,
    ip: clientIp(request),
    userAgent: request.headers.get("User-Agent"),
  });
  if (!result.ok) return { reason: result.reason, email };
  throw redirect(safeRedirectPath(form.get("redirectTo")), {
    headers: { "Set-Cookie": signedInCookie(result.token, result.session.expiresAt) },
  });
}

export default function SignIn() {
  return <SignInPage defaultRedirectTo="/" selfService={false} />;
}
