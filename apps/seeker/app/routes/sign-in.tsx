import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Alert, Button } from "@tsunagu/ui";
import { SignInPage, pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import { configuredOAuthProviders, providerNamed } from "~/lib/oauth.server";

const OAUTH_ERRORS = ["email-in-use", "expired", "failed"] as const;

export async function loader(args: LoaderFunctionArgs) {
  const page = await kit.pages.signIn.loader(args);
  // Why a sign-in through a provider came back here, from the callback's query: only known
  // reasons and provider names reach the page, so a crafted link cannot put words in our mouth.
  const query = new URL(args.request.url).searchParams;
  const reason = OAUTH_ERRORS.find((known) => known === query.get("oauthError")) ?? null;
  const provider = providerNamed(query.get("provider") ?? "")?.name ?? "";
  return {
    ...page,
    providers: configuredOAuthProviders(),
    oauthFailure: reason ? { reason, provider } : null,
  };
}

export const action = kit.pages.signIn.action;
export const meta = pageMeta;

export default function SignIn() {
  const { providers, oauthFailure } = useLoaderData<typeof loader>();
  return (
    <SignInPage
      defaultRedirectTo="/resume"
      selfService
      notices={oauthFailure ? <OAuthFailure {...oauthFailure} /> : null}
      alternatives={(redirectTo) =>
        providers.length > 0 ? <OAuthSignIn providers={providers} redirectTo={redirectTo} /> : null
      }
    />
  );
}

function OAuthFailure({
  reason,
  provider,
}: {
  reason: (typeof OAUTH_ERRORS)[number];
  provider: string;
}) {
  const { t } = useTranslation("common");
  return reason === "email-in-use" ? (
    <Alert tone="warning">{t("auth.oauth.emailInUse", { provider })}</Alert>
  ) : reason === "expired" ? (
    <Alert tone="danger">{t("auth.oauth.expired")}</Alert>
  ) : (
    <Alert tone="danger">{t("auth.oauth.failed", { provider })}</Alert>
  );
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
