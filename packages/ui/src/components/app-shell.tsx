import type { ReactNode } from "react";

export interface AppShellProps {
  /** The brand link to the app's home page, usually a <BrandMark> inside the router's Link. */
  brand: ReactNode;
  /** Main navigation, already wrapped in a labelled <nav>: a row of its own under the brand. */
  nav?: ReactNode;
  /** The account corner, beside the language choice. */
  actions?: ReactNode;
  languageSwitcher?: ReactNode;
  /** Label of the skip link, the first stop for keyboard users. */
  skipToContentLabel: string;
  footer: AppFooterProps;
  /** A notice above the page, in the flow (never over it): the cookie banner until a choice. */
  notice?: ReactNode;
  children: ReactNode;
}

export interface AppFooterProps {
  tagline: ReactNode;
  /** Privacy and legal links. */
  links: ReactNode;
  copyright: ReactNode;
}

/**
 * The page frame shared by all three apps: a skip link, a header with brand, navigation and
 * language choice, the main landmark, and a footer with the privacy links.
 */
export function AppShell({
  brand,
  nav,
  actions,
  languageSwitcher,
  skipToContentLabel,
  footer,
  notice,
  children,
}: AppShellProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-surface focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:shadow-lg focus:outline-2 focus:outline-accent"
      >
        {skipToContentLabel}
      </a>
      <header className="sticky top-0 z-30 border-b border-line bg-surface/90 backdrop-blur supports-[backdrop-filter]:bg-surface/75">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 pt-3 pb-2 sm:px-6">
          <div className="shrink-0">{brand}</div>
          {languageSwitcher || actions ? (
            <div className="ml-auto flex flex-wrap items-center justify-end gap-x-4 gap-y-1">
              {languageSwitcher}
              {actions}
            </div>
          ) : null}
        </div>
        {nav ? <div className="mx-auto max-w-6xl px-2 pb-2 sm:px-3">{nav}</div> : null}
      </header>
      {notice}
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        {children}
      </main>
      <AppFooter {...footer} />
    </div>
  );
}

function AppFooter({ tagline, links, copyright }: AppFooterProps) {
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-sm text-ink-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p className="max-w-md">{tagline}</p>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          {links}
          <span>{copyright}</span>
        </div>
      </div>
    </footer>
  );
}

export interface BrandMarkProps {
  name: string;
  /** Which app this is ("Jobs", "Employers", "Console"), shown beside the brand. */
  appName: string;
}

/** The Tsunagu mark: two linked rings (tsunagu, "to connect") in the app's accent colour. */
export function BrandMark({ name, appName }: BrandMarkProps) {
  return (
    <span className="inline-flex items-center gap-2.5">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0">
        <rect width="32" height="32" rx="8" className="fill-accent" />
        <circle
          cx="12.5"
          cy="16"
          r="5.5"
          fill="none"
          strokeWidth="2.5"
          className="stroke-accent-contrast"
        />
        <circle
          cx="19.5"
          cy="16"
          r="5.5"
          fill="none"
          strokeWidth="2.5"
          className="stroke-accent-contrast/80"
        />
      </svg>
      <span className="text-lg font-bold tracking-tight text-ink">{name}</span>
      <span className="rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent-strong">
        {appName}
      </span>
    </span>
  );
}
