/**
 * @tsunagu/app-kit: the server side the seeker, employer and admin apps share. An app binds it
 * once (`createAppKit`) with its name and port; route modules then take their loaders and
 * actions from that binding. Server-only: the bundle guard fails a client build importing it.
 */
import "./load-context";

export { createAppKit, type AppKit, type AppKitConfig } from "./kit";
export { createAppCore, type AppCore, type AppCoreConfig } from "./app-core";
export { accountLocale, emailLocale, type AccountMail } from "./account-mail";
export { readAppEnv, type AppEnv, type AppName } from "./app-env";
export { clientAddressOf } from "./client-address";
export { checkDatabase, type DatabaseHealth } from "./database-health";
export { describeDevice } from "./describe-device";
export { readForm, textField } from "./forms";
export { DISPLAY_TIME_ZONE, formatTime } from "./pages/account-page";
export { signUpPage, type SignUpForm } from "./pages/sign-up";
export { OAUTH_FAILURES, type OAuthFailure, type OAuthSignInView } from "./pages/oauth";
export type { OAuthButton, OAuthProviderId } from "./oauth-providers";
export { safeRedirectPath } from "./redirect-target";
export type { SignedIn } from "./session";
export { apiCaller, appErrorOf, trpcCodeOf } from "./api-caller";
export { parseForm } from "./parse-form";
export { submitForm, type FormOutcome } from "./submit-form";
export { photoHttpResponse } from "./photo-response";
export { optionalCookie, readCookieChoice, type CookieChoice } from "./cookies/consent";
export { unsubscribeRoutes, type UnsubscribeApi, type UnsubscribeState } from "./pages/unsubscribe";
export {
  COOKIE_INVENTORY,
  cookiesOf,
  type CookieCategory,
  type CookieEntry,
  type CookieLifetime,
  type OptionalCookieId,
} from "./cookies/inventory";
