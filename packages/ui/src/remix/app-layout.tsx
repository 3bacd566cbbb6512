import type { MetaFunction } from "@remix-run/node";
import { useLocation, useRouteLoaderData } from "@remix-run/react";
import type { AppNamespace, DocumentMeta } from "@tsunagu/i18n";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AccountNav } from "./account-nav";
import { AppDocument, AppNav, type AppNavItem } from "./app-document";
import { CookieBanner, type CookieChoiceView } from "./cookie-consent";
import { documentMeta } from "./meta";

/** What every app's root loader returns (`@tsunagu/app-kit`'s root loader). */
export interface RootData {
  locale: string;
  meta: DocumentMeta;
  signedIn: boolean;
  /** The signed-in company member's role (employer app), for links only owners may follow. */
  memberRole?: string | null;
  /** F9: the visitor's cookie choice; null until they choose (the banner shows). */
  cookieChoice?: CookieChoiceView | null;
}

export interface AppLayoutProps {
  app: AppNamespace;
  /** The app's accent as a hex colour, for the favicon and the mobile browser bar. */
  brandColor: string;
  /** The header's main links, given whether someone is signed in (and as which member role). */
  navItems?: (signedIn: boolean, memberRole: string | null) => readonly AppNavItem[];
  /** Where "Sign up" leads; apps without self sign-up (admin) leave it out. */
  signUpTo?: string;
  children: ReactNode;
}

/** Every app's root `Layout`: the document with the app's navigation and account corner. */
export function AppLayout({ app, brandColor, navItems, signUpTo, children }: AppLayoutProps) {
  const data = useRouteLoaderData<RootData>("root");
  const { t } = useTranslation("common");
  const { t: tApp } = useTranslation(app);
  const signedIn = data?.signedIn ?? false;
  const items = navItems?.(signedIn, data?.memberRole ?? null) ?? [];
  const { pathname } = useLocation();
  // /cookies asks the same question itself; a failed root loader has no choice to go by.
  const showBanner = data != null && data.cookieChoice == null && pathname !== "/cookies";

  return (
    <AppDocument
      app={app}
      locale={data?.locale}
      brandColor={brandColor}
      notice={showBanner ? <CookieBanner /> : undefined}
      nav={items.length > 0 ? <AppNav label={tApp("nav.label")} items={items} /> : undefined}
      actions={
        <AccountNav
          signedIn={signedIn}
          signUpTo={signUpTo}
          labels={{
            menu: t("auth.nav.menu"),
            signIn: t("auth.nav.signIn"),
            signUp: t("auth.nav.signUp"),
            account: t("auth.nav.account"),
            signOut: t("auth.nav.signOut"),
          }}
        />
      }
    >
      {children}
    </AppDocument>
  );
}

/** Every app's root `meta`: the app's title, or "Page not found · Tsunagu" on a 404. */
export const rootMeta: MetaFunction = ({ data, error }) =>
  documentMeta((data as RootData | undefined)?.meta, error);
