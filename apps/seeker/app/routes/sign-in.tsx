import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, redirect, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Button } from "@tsunagu/ui";
import { SignInPage } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
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
import { configuredOAuthProviders } from "~/lib/oauth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (await getOptionalUser(request)) throw redirect(redirectTo);
  return { providers: configuredOAuthProviders() };
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
  const { providers } = useLoaderData<typeof loader>();
  return (
    <SignInPage
      defaultRedirectTo="/account"
      selfService
      notices={<OAuthFailure />}
      alternatives={(redirectTo) =>
        providers.length > 0 ? <OAuthSignIn providers={providers} redirectTo={redirectTo} /> : null
      }
    />
  );
}

/** Why a sign-in through another provider came back here, from the callback's query. */
function OAuthFailure() {
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("common");
  const oauthError = searchParams.get("oauthError");
  const oauthProvider = searchParams.get("provider") ?? "";

  return oauthError === "email-in-use" ? (
    <Alert tone="warning">{t("auth.oauth.emailInUse", { provider: oauthProvider })}</Alert>
  ) : oauthError === "expired" ? (
    <Alert tone="danger">{t("auth.oauth.expired")}</Alert>
  ) : oauthError ? (
    <Alert tone="danger">{t("auth.oauth.failed", { provider: oauthProvider })}</Alert>
  ) : null;
}

/** One button per configured provider, keeping where to go after signing in. */
function OAuthSignIn({
  providers,
  redirectTo,
}: {
  providers: ReadonlyArray<{ id: string; name: string }>;
  redirectTo: string;
}) {
  const { t } = useTranslation("common");
  return (
    <div className="grid gap-3">
      <p className="text-center text-sm text-ink-muted">{t("auth.signIn.or")}</p>
      {providers.map((provider) => (
        <Form key={provider.id} method="post" action={`/auth/${provider.id}`}>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <Button type="submit" variant="outline" className="w-full">
            {t("auth.signIn.withProvider", { provider: provider.name })}
          </Button>
        </Form>
      ))}
    </div>
  );
}
