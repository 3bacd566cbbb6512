import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "../components/button";
import { StatusPage } from "../components/page-sections";

/**
 * Every app's root ErrorBoundary: a translated explanation with the status code and a way
 * home. Internal details never reach the page; the server logs them. Pass `status` when
 * rendering it outside an error boundary.
 */
export function RouteErrorPage({ status: knownStatus }: { status?: number }) {
  const error = useRouteError();
  const { t } = useTranslation("common");
  const status = knownStatus ?? (isRouteErrorResponse(error) ? error.status : 500);
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
