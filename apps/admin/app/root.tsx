import { Outlet } from "@remix-run/react";
import { AppLayout, RouteErrorPage, rootMeta } from "@tsunagu/ui/remix";
import type { ReactNode } from "react";
import { kit } from "~/lib/kit.server";
import stylesheet from "~/styles/app.css?url";

export const handle = { i18n: ["common", "admin", "cookies"] };
export const links = () => [{ rel: "stylesheet", href: stylesheet }];
export const loader = kit.pages.root.loader;
export const meta = rootMeta;

/** No sign-up link: platform admins are created by `pnpm admin:create` only. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <AppLayout app="admin" brandColor="#c2410c">
      {children}
    </AppLayout>
  );
}

export default function App() {
  return <Outlet />;
}

export const ErrorBoundary = () => <RouteErrorPage />;
