import { createAppCore, type AppCoreConfig } from "./app-core";
import { oauthProviderCatalogue, type OAuthProviderId } from "./oauth-providers";
import { accountPage } from "./pages/account-page";
import { appRoutes } from "./pages/app-routes";
import { cookiePolicyPage } from "./pages/cookie-policy";
import { oauthPages } from "./pages/oauth";
import { passwordResetPages } from "./pages/password-reset";
import { privacyPolicyPage } from "./pages/privacy-policy";
import { signInPages } from "./pages/sign-in";
import { twoStepSetupPage } from "./pages/two-step-setup";
import { verifyEmailPage } from "./pages/verify-email";

export interface AppKitConfig extends AppCoreConfig {
  /** Accounts of this app change their own address (seekers, employers; not admins). */
  canChangeEmail: boolean;
  /**
   * Providers whose buttons this app shows when the environment configures them (seekers: all
   * three; employers: Google and Microsoft; admins: none).
   */
  oauthProviders?: readonly OAuthProviderId[];
}

/**
 * One app's binding of everything the three apps share: the core (environment, sessions,
 * CSRF, client address, mails) and the loaders and actions of the shared pages. An app's
 * `app/lib/kit.server.ts` creates it once; its route modules re-export the handlers, so what
 * stays in the app is only what is particular to it.
 */
export function createAppKit(config: AppKitConfig) {
  const core = createAppCore(config);
  const providers = oauthProviderCatalogue({
    offered: config.oauthProviders ?? [],
    appOrigin: core.env.APP_ORIGIN,
    env: config.env,
  });
  const oauth = oauthPages(core, providers);
  return {
    ...core,
    pages: {
      ...appRoutes(core),
      ...signInPages(core, oauth),
      oauth,
      ...passwordResetPages(core),
      verifyEmail: verifyEmailPage(core),
      account: accountPage(core, { canChangeEmail: config.canChangeEmail, oauth: providers }),
      twoStepSetup: twoStepSetupPage(core),
      cookies: cookiePolicyPage(core),
      privacyPolicy: privacyPolicyPage(core),
    },
  };
}

export type AppKit = ReturnType<typeof createAppKit>;
