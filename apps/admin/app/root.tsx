import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Outlet, useRouteLoaderData } from "@remix-run/react";
import { AccountNav, AppDocument, documentMeta, RouteErrorPage } from "@tsunagu/ui/remix";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { getOptionalUser } from "~/lib/auth.server";
import { loadRootData } from "~/lib/i18n.server";
import stylesheet from "~/styles/app.css?url";

export const handle = { i18n: ["common", "admin"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesheet }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [rootData, signedIn] = await Promise.all([
    loadRootData(request, "admin"),
    getOptionalUser(request),
  ]);
  // Only a flag reaches the browser: the header needs nothing else about the account.
  return { ...rootData, signedIn: signedIn !== null };
}

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  documentMeta(data?.meta, error);

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const { t } = useTranslation("common");
  return (
    <AppDocument
      app="admin"
      locale={data?.locale}
      brandColor="#c2410c"
      nav={
        // No sign-up link: platform admins are created by `pnpm admin:create` only.
        <div className="flex justify-end">
          <AccountNav
            signedIn={data?.signedIn ?? false}
            labels={{
              menu: t("auth.nav.menu"),
              signIn: t("auth.nav.signIn"),
              signUp: t("auth.nav.signUp"),
              account: t("auth.nav.account"),
              signOut: t("auth.nav.signOut"),
            }}
          />
        </div>
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
