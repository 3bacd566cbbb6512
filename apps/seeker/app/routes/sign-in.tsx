import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Button } from "@tsunagu/ui";
import { SignInPage } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import { configuredOAuthProviders } from "~/lib/oauth.server";

export async function loader(args: LoaderFunctionArgs) {
  await kit.pages.signIn.loader(args);
  return { providers: configuredOAuthProviders() };
}

export const action = kit.pages.signIn.action;

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
