import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { LanguageSwitcher } from "@tsunagu/i18n";
import { AppShell, BrandMark, Button, cn, StatusPage, ToastProvider } from "@tsunagu/ui";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { i18nServer, resolveLocale } from "~/lib/i18n.server";
import stylesheet from "~/styles/app.css?url";

export const handle = { i18n: ["common", "seeker"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesheet }];

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await resolveLocale(request);
  const t = await i18nServer.getFixedT(locale, ["seeker", "common"]);
  return {
    locale,
    meta: {
      title: t("meta.title"),
      description: t("meta.description"),
      notFoundTitle: t("common:error.notFound.title"),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  if (!data) return [{ title: "Tsunagu" }];
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return [
    { title: notFound ? `${data.meta.notFoundTitle} · Tsunagu` : data.meta.title },
    { name: "description", content: data.meta.description },
  ];
};

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const { t, i18n } = useTranslation(["seeker", "common"]);
  const locale = data?.locale ?? i18n.language;
  useChangeLanguage(locale);

  return (
    <html lang={locale} dir={i18n.dir(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0f766e" />
        <Meta />
        <Links />
      </head>
      <body>
        <ToastProvider label={t("common:notifications")} dismissLabel={t("common:actions.dismiss")}>
          <AppShell
            brand={
              <Link to="/" className="rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-accent">
                <BrandMark name={t("common:brand")} appName={t("appName")} />
              </Link>
            }
            nav={
              <nav aria-label={t("nav.label")}>
                <ul className="flex flex-wrap items-center gap-1 text-sm font-medium">
                  <li>
                    <NavLink to="/jobs" className={navLinkClasses}>
                      {t("nav.jobs")}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/sign-up" className={navLinkClasses}>
                      {t("nav.signUp")}
                    </NavLink>
                  </li>
                </ul>
              </nav>
            }
            languageSwitcher={<LanguageSwitcher />}
            skipToContentLabel={t("common:skipToContent")}
            footer={{
              tagline: t("common:footer.tagline"),
              links: (
                <Link to="/#privacy" className="underline-offset-4 hover:text-ink hover:underline">
                  {t("common:footer.privacyLink")}
                </Link>
              ),
              copyright: t("common:footer.copyright", { year: new Date().getUTCFullYear() }),
            }}
          >
            {children}
          </AppShell>
        </ToastProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

function navLinkClasses({ isActive }: { isActive: boolean }) {
  return cn(
    "rounded-md px-3 py-2 text-ink-muted hover:bg-surface-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent",
    isActive && "bg-accent-soft text-accent-strong",
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation("common");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const notFound = status === 404;

  return (
    <StatusPage
      status={t("error.status", { status })}
      title={notFound ? t("error.notFound.title") : t("error.generic.title")}
      description={notFound ? t("error.notFound.description") : t("error.generic.description")}
      action={
        <Button asChild variant="outline">
          <Link to="/">{t("error.backHome")}</Link>
        </Button>
      }
    />
  );
}
