/**
 * Server-only pieces the three apps share around an account: the account page's loader and
 * action, and the database health probe. Each app binds its own values (database, origin,
 * mails) in a thin `app/lib/*.server.ts`.
 */
export {
  DISPLAY_TIME_ZONE,
  loadAccountPage,
  runAccountAction,
  type AccountPageConfig,
  type EmailChangeMail,
  type SignedIn,
} from "./account-page";
export { checkDatabase, type DatabaseHealth } from "./database-health";
export { describeDevice } from "./describe-device";
export { readAppEnv, type AppEnv, type AppName } from "./app-env";
