import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Outlet, useRouteLoaderData } from "@remix-run/react";
import { AccountNav, AppDocument, AppNav, documentMeta, RouteErrorPage } from "@tsunagu/ui/remix";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { getOptionalUser } from "~/lib/auth.server";
import { loadRootData } from "~/lib/i18n.server";
import stylesheet from "~/styles/app.css?url";

export const handle = { i18n: ["common", "employer"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesheet }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [rootData, signedIn] = await Promise.all([
    loadRootData(request, "employer"),
    getOptionalUser(request),
  ]);
  // Only a flag reaches the browser: the header needs nothing else about the account.
  return { ...rootData, signedIn: signedIn !== null };
}

export const meta: MetaFunction<typeof loader> = ({ data, error }) =>
  documentMeta(data?.meta, error);

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const { t } = useTranslation("employer");
  const { t: tCommon } = useTranslation("common");

  return (
    <AppDocument
      app="employer"
      locale={data?.locale}
      brandColor="#4338ca"
      nav={
        <div className="flex flex-wrap items-center justify-between gap-2">
          <AppNav
            label={t("nav.label")}
            items={[
              ...(data?.signedIn ? [{ to: "/members", label: t("nav.members") }] : []),
              { to: "/#plans", label: t("nav.plans") },
            ]}
          />
          <AccountNav
            signedIn={data?.signedIn ?? false}
            signUpTo="/sign-up"
            labels={{
              menu: tCommon("auth.nav.menu"),
              signIn: tCommon("auth.nav.signIn"),
              signUp: tCommon("auth.nav.signUp"),
              account: tCommon("auth.nav.account"),
              signOut: tCommon("auth.nav.signOut"),
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
