import { Outlet } from "@remix-run/react";
import { AppLayout, RouteErrorPage, rootMeta } from "@tsunagu/ui/remix";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { kit } from "~/lib/kit.server";
import stylesheet from "~/styles/app.css?url";

export const handle = { i18n: ["common", "seeker", "cookies", "email"] };
export const links = () => [{ rel: "stylesheet", href: stylesheet }];
export const loader = kit.pages.root.loader;
export const meta = rootMeta;

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation("seeker");
  const { t: tEmail } = useTranslation("email");
  return (
    <AppLayout
      app="seeker"
      brandColor="#0f766e"
      signUpTo="/sign-up"
      navItems={(signedIn) => [
        { to: "/jobs", label: t("nav.jobs") },
        ...(signedIn ? [{ to: "/resume", label: t("nav.resume") }] : []),
        ...(signedIn ? [{ to: "/applications", label: t("nav.applications") }] : []),
        ...(signedIn ? [{ to: "/invitations", label: t("nav.invitations") }] : []),
        ...(signedIn ? [{ to: "/jobs/saved", label: t("nav.savedJobs") }] : []),
        ...(signedIn ? [{ to: "/visibility", label: t("nav.visibility") }] : []),
        ...(signedIn ? [{ to: "/privacy", label: t("nav.privacy") }] : []),
        ...(signedIn ? [{ to: "/account/email", label: tEmail("nav") }] : []),
      ]}
    >
      {children}
    </AppLayout>
  );
}

export default function App() {
  return <Outlet />;
}

export const ErrorBoundary = () => <RouteErrorPage />;
