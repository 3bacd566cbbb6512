import { Outlet } from "@remix-run/react";
import { AppLayout, RouteErrorPage, rootMeta } from "@tsunagu/ui/remix";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import stylesheet from "~/styles/app.css?url";

export const handle = { i18n: ["common", "employer", "savedSearches", "billing", "cookies"] };
export const links = () => [{ rel: "stylesheet", href: stylesheet }];
export const loader = kit.pages.root.loader;
export const meta = rootMeta;

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation("employer");
  const { t: tSaved } = useTranslation("savedSearches");
  const { t: tBilling } = useTranslation("billing");
  const navItems = (signedIn: boolean, memberRole: string | null) => [
    ...(signedIn
      ? [
          { to: "/company", label: t("nav.company") },
          { to: "/members", label: t("nav.members") },
          { to: "/search", label: t("search.nav") },
          { to: "/searches", label: tSaved("nav") },
          { to: "/invitations", label: t("sentInvitations.nav") },
          // The audit log is the owners' (F16); recruiters would only meet a refusal there.
          ...(memberRole === "OWNER" ? [{ to: "/audit", label: t("audit.nav") }] : []),
          { to: "/billing", label: tBilling("nav") },
        ]
      : []),
    { to: "/#plans", label: t("nav.plans") },
  ];
  return (
    <AppLayout app="employer" brandColor="#4338ca" signUpTo="/sign-up" navItems={navItems}>
      {children}
    </AppLayout>
  );
}

export default function App() {
  return <Outlet />;
}

export const ErrorBoundary = () => <RouteErrorPage />;
