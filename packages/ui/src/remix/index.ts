/**
 * Remix-specific pieces of the design system (document frame, navigation, error page, the
 * account settings page and the helpers its forms share with the sign-in and sign-up pages).
 * Kept apart from the main entry so the primitives stay usable outside Remix.
 */
export { AppDocument, AppNav, type AppDocumentProps, type AppNavItem } from "./app-document";
export { AppLayout, rootMeta, type AppLayoutProps, type RootData } from "./app-layout";
export { documentMeta, pageMeta } from "./meta";
export { NonceProvider, useNonce } from "./nonce";
export { RouteErrorPage } from "./route-error-page";
export { AccountNav, type AccountNavProps } from "./account-nav";
export {
  AccountSettings,
  type AccountActionView,
  type AccountConnectionsView,
  type AccountPageView,
  type AccountSessionView,
} from "./account-settings";
export { problemMessages, type AccountProblem } from "./problem-messages";
export { useSubmissionKey } from "./use-submission-key";
export { NewPasswordInput } from "./new-password-input";
export {
  ForgotPasswordPage,
  ResetPasswordPage,
  type ForgotPasswordActionView,
  type ResetPasswordActionView,
  type ResetPasswordPageView,
} from "./password-reset-pages";
export {
  VerifyEmailPage,
  type VerifyEmailActionView,
  type VerifyEmailPageView,
} from "./verify-email-page";
export { SignInPage, type SignInFailureView, type SignInPageProps } from "./sign-in-page";
export {
  OAuthButtons,
  OAuthCompletePage,
  OAuthFailureNotice,
  type OAuthCompleteActionView,
  type OAuthCompletePageView,
  type OAuthButtonView,
  type OAuthFailureReason,
  type OAuthSignInPageView,
} from "./oauth-sign-in";
export {
  SignUpPage,
  type SignUpActionView,
  type SignUpFormState,
  type SignUpPageProps,
} from "./sign-up-page";
export { notFound, NotFoundPage } from "./not-found";
export {
  NotMePage,
  TwoStepSetupPage,
  TwoStepSignInPage,
  type TwoStepSetupActionView,
  type TwoStepSetupPageView,
  type TwoStepSignInActionView,
} from "./two-step-pages";
export {
  CookieBanner,
  CookiePolicyPage,
  type CookieChoiceView,
  type CookiePolicyPageView,
  type CookieRowView,
} from "./cookie-consent";
export { UnsubscribePage } from "./unsubscribe-page";
export { PrivacyPolicyPage, type PrivacyPolicyPageView } from "./privacy-policy";
export { RenameSavedSearch, SavedSearchCard, type SavedSearchCardProps } from "./saved-search-card";
