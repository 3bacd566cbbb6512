import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { languageNames, supportedLngs } from "./config";

export interface LanguageSwitcherProps {
  className?: string;
}

/**
 * Links to the current page with `?lng=`; the root loader stores the choice in a cookie and
 * redirects back. Plain links, so switching works before (or without) JavaScript.
 */
export function LanguageSwitcher({ className }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation("common");
  const location = useLocation();

  return (
    <nav aria-label={t("language.label")} className={className}>
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {supportedLngs.map((lng) => {
          const search = new URLSearchParams(location.search);
          search.set("lng", lng);
          const current = i18n.resolvedLanguage === lng;
          return (
            <li key={lng}>
              <Link
                to={{ pathname: location.pathname, search: `?${search.toString()}` }}
                lang={lng}
                hrefLang={lng}
                aria-current={current ? "true" : undefined}
                preventScrollReset
                className={
                  current
                    ? "rounded-md bg-accent-soft px-2.5 py-1.5 font-semibold text-accent-strong"
                    : "rounded-md px-2.5 py-1.5 text-ink-muted hover:bg-surface-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
                }
              >
                {languageNames[lng]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
