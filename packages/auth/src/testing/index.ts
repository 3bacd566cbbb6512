/** Test helpers for packages and apps that exercise sign-in end to end (`@tsunagu/auth/testing`). */
export {
  signInAtLocalProvider,
  startLocalOidcProvider,
  type LocalOidcAccount,
  type LocalOidcProvider,
} from "./local-oidc-provider";
export { authenticatorCodeAt } from "./authenticator";
