import {
  Link,
  Links,
  Meta,
  NavLink,
  Scripts,
  ScrollRestoration,
  useLocation,
} from "@remix-run/react";
import { LanguageSwitcher, type AppNamespace } from "@tsunagu/i18n";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { AppShell, BrandMark } from "../components/app-shell";
import { ToastProvider } from "../components/toast";
import { cn } from "../lib/cn";
import { useNonce } from "./nonce";

export interface AppDocumentProps {
  /** The app's translation namespace; its `appName` labels the brand. */
  app: AppNamespace;
  /** The language the root loader resolved; undefined when the root loader itself failed. */
  locale: string | undefined;
  /** The app's accent as a hex colour, for the favicon and the mobile browser bar. */
  brandColor: string;
  /** The main navigation: its own row under the brand, one line that scrolls when narrow. */
  nav?: ReactNode;
  /** The account corner beside the language choice (sign in/up, account, sign out). */
  actions?: ReactNode;
  /** Shown above the page until dismissed by a choice: the cookie banner (see AppLayout). */
  notice?: ReactNode;
  children: ReactNode;
}

/**
 * The whole HTML document of an app: `<html lang dir>`, head, the shared AppShell with brand,
 * navigation, language switcher and footer, and the toast region. Used as every app's root
 * `Layout`, so error pages get the same frame as normal pages.
 */
export function AppDocument({
  app,
  locale,
  brandColor,
  nav,
  actions,
  notice,
  children,
}: AppDocumentProps) {
  const { t, i18n } = useTranslation("common");
  const { t: tApp } = useTranslation(app);
  const { t: tCookies } = useTranslation("cookies");
  const language = locale ?? i18n.language;
  const nonce = useNonce();
  useChangeLanguage(language);

  return (
    <html lang={language} dir={i18n.dir(language)} data-app={app}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content={brandColor} />
        <link rel="icon" type="image/svg+xml" href={brandIcon(brandColor)} />
        <Meta />
        <Links />
      </head>
      <body>
        <ToastProvider label={t("notifications")} dismissLabel={t("actions.dismiss")}>
          <AppShell
            brand={
              <Link
                to="/"
                className="block rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-accent"
              >
                <BrandMark name={t("brand")} appName={tApp("appName")} />
              </Link>
            }
            nav={nav}
            actions={actions}
            languageSwitcher={<LanguageSwitcher />}
            skipToContentLabel={t("skipToContent")}
            notice={notice}
            footer={{
              tagline: t("footer.tagline"),
              links: (
                <>
                  <Link
                    to="/privacy-policy"
                    className="underline-offset-4 hover:text-ink hover:underline"
                  >
                    {t("footer.privacyLink")}
                  </Link>
                  {/* F9: the way back to the cookie choice, on every page. */}
                  <Link to="/cookies" className="underline-offset-4 hover:text-ink hover:underline">
                    {tCookies("footerLink")}
                  </Link>
                </>
              ),
              copyright: t("footer.copyright", { year: new Date().getUTCFullYear() }),
            }}
          >
            {children}
          </AppShell>
        </ToastProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/** The BrandMark as an inline SVG favicon in the app's colour: no request, no 404. */
function brandIcon(color: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="${color}"/>` +
    `<g fill="none" stroke="#fff" stroke-width="2.5"><circle cx="12.5" cy="16" r="5.5"/>` +
    `<circle cx="19.5" cy="16" r="5.5" stroke-opacity=".8"/></g></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export interface AppNavItem {
  to: string;
  label: string;
}

const navLinkClasses =
  "rounded-md px-3 py-2 text-ink-muted hover:bg-surface-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent";

/** The header's main navigation: a labelled list of links, the current page marked. */
export function AppNav({ label, items }: { label: string; items: readonly AppNavItem[] }) {
  const list = useRef<HTMLUListElement>(null);
  const { pathname } = useLocation();
  // On a narrow screen the current page's link may sit past the edge of the scrolling row:
  // bring it into view (sideways only, so the page itself never jumps).
  useEffect(() => {
    const row = list.current;
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!row || !current || row.scrollWidth <= row.clientWidth) return;
    row.scrollLeft = current.offsetLeft - (row.clientWidth - current.offsetWidth) / 2;
  }, [pathname]);
  return (
    <nav aria-label={label}>
      {/* One line at every width: when the links do not fit they scroll sideways (a phone
          shows where the row continues) instead of stacking rows above the page. */}
      <ul
        ref={list}
        className="-mx-1 flex items-center gap-1 overflow-x-auto px-1 py-0.5 text-sm font-medium whitespace-nowrap [scrollbar-width:thin]"
      >
        {items.map((item) => (
          <li key={item.to}>
            {item.to.includes("#") ? (
              // Route matching ignores the hash: a link to a section of a page is never "current".
              <Link to={item.to} className={navLinkClasses}>
                {item.label}
              </Link>
            ) : (
              <NavLink
                to={item.to}
                className={({ isActive }) =>
                  cn(navLinkClasses, isActive && "bg-accent-soft text-accent-strong")
                }
              >
                {item.label}
              </NavLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
