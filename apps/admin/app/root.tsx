import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Outlet, useRouteLoaderData } from "@remix-run/react";
import { AppDocument, documentMeta, RouteErrorPage } from "@tsunagu/ui/remix";
import type { ReactNode } from "react";
import { loadRootData } from "~/lib/i18n.server";
import stylesheet from "~/styles/app.css?url";

export const handle = { i18n: ["common", "admin"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesheet }];

export function loader({ request }: LoaderFunctionArgs) {
  return loadRootData(request, "admin");
}

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  documentMeta(data?.meta, error);

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <AppDocument app="admin" locale={data?.locale} brandColor="#c2410c">
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
