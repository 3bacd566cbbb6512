import * as account from "@tsunagu/account";
import type { AccountActionView, AccountPageView } from "@tsunagu/ui/remix";
import { env } from "~/env.server";
import { notifyAlreadyRegistered, sendVerificationToAccount } from "./account.server";
import type { SignedIn } from "./auth.server";
import { db } from "./db.server";
import { detectLocale } from "./i18n.server";

/** Sessions and invitation expiry alike are shown in Japan time. */
export { DISPLAY_TIME_ZONE } from "@tsunagu/account";

/** This app's account page: its database and origin, and its mails for a change of address. */
const accountPage = (): account.AccountPageConfig => ({
  db,
  appOrigin: env.APP_ORIGIN,
  detectLocale,
  emailChange: { sendVerification: sendVerificationToAccount, notifyAlreadyRegistered },
});

// Typed as the page component reads them, so the two cannot drift apart.
export function loadAccountPage(request: Request, signedIn: SignedIn): Promise<AccountPageView> {
  return account.loadAccountPage(accountPage(), request, signedIn);
}

export function runAccountAction(request: Request, signedIn: SignedIn): Promise<AccountActionView> {
  return account.runAccountAction(accountPage(), request, signedIn);
}
