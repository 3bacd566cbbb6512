import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Outlet, useRouteLoaderData } from "@remix-run/react";
import { AppDocument, AppNav, documentMeta, RouteErrorPage } from "@tsunagu/ui/remix";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { loadRootData } from "~/lib/i18n.server";
import stylesheet from "~/styles/app.css?url";

export const handle = { i18n: ["common", "employer"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesheet }];

export function loader({ request }: LoaderFunctionArgs) {
  return loadRootData(request, "employer");
}

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  documentMeta(data?.meta, error);

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const { t } = useTranslation("employer");

  return (
    <AppDocument
      app="employer"
      locale={data?.locale}
      brandColor="#4338ca"
      nav={
        <AppNav
          label={t("nav.label")}
          items={[
            { to: "/#plans", label: t("nav.plans") },
            { to: "/sign-up", label: t("nav.signUp") },
          ]}
        />
      }
    >
      {children}
    </AppDocument>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
