import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/alert";
import { Button } from "../components/button";
import { NarrowPage } from "../components/narrow-page";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../components/table";

export type CookieChoiceView = "accepted" | "declined";

/** One row of the cookie policy, as the /cookies loader of @tsunagu/app-kit returns it. */
export interface CookieRowView {
  id: string;
  name: string;
  category: "necessary" | "preferences" | "analytics";
  lifetime: { unit: "session" } | { unit: "minutes" | "hours" | "days"; count: number };
}

export interface CookiePolicyPageView {
  choice: CookieChoiceView | null;
  cookies: CookieRowView[];
}

/**
 * The two answers, equally prominent: the same button size and style, side by side (stacked
 * on a phone), posting to /cookies with the page to come back to. Works without JavaScript.
 */
function CookieChoiceForm({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation("cookies");
  return (
    <Form method="post" action="/cookies" preventScrollReset className="grid gap-2 sm:grid-cols-2">
      <input type="hidden" name="returnTo" value={returnTo} />
      <Button type="submit" name="choice" value="accepted" variant="outline" className="w-full">
        {t("banner.accept")}
      </Button>
      <Button type="submit" name="choice" value="declined" variant="outline" className="w-full">
        {t("banner.decline")}
      </Button>
    </Form>
  );
}

/**
 * F9: shown on every page until the visitor chooses. A labelled region in the page flow, under
 * the header: it never covers the page and traps no focus.
 */
export function CookieBanner() {
  const { t } = useTranslation("cookies");
  const location = useLocation();
  return (
    <section
      aria-labelledby="cookie-banner-title"
      className="border-b border-line bg-surface-muted"
    >
      <div className="mx-auto grid max-w-6xl gap-3 px-4 py-4 text-sm sm:px-6 md:grid-cols-[1fr_auto] md:items-center">
        <div className="grid gap-1">
          <h2 id="cookie-banner-title" className="font-semibold text-ink">
            {t("banner.label")}
          </h2>
          <p className="text-ink-muted">
            {t("banner.text")}{" "}
            <Link
              to="/cookies"
              className="font-medium text-accent-strong underline underline-offset-4"
            >
              {t("banner.policyLink")}
            </Link>
          </p>
        </div>
        <CookieChoiceForm returnTo={`${location.pathname}${location.search}`} />
      </div>
    </section>
  );
}

function lifetimeText(
  t: ReturnType<typeof useTranslation<"cookies">>["t"],
  lifetime: CookieRowView["lifetime"],
): string {
  return lifetime.unit === "session"
    ? t("lifetime.session")
    : t(`lifetime.${lifetime.unit}`, { count: lifetime.count });
}

/** /cookies: the current choice with both buttons, and every cookie of the app with purpose and lifetime. */
export function CookiePolicyPage() {
  const { choice, cookies } = useLoaderData<CookiePolicyPageView>();
  const problem = useActionData<{ problem?: string }>()?.problem;
  const { t } = useTranslation("cookies");
  return (
    <NarrowPage title={t("page.title")} lead={t("page.lead")} width="settings">
      <section aria-labelledby="cookie-choice-heading" className="grid gap-3">
        <h2 id="cookie-choice-heading" className="text-lg font-semibold text-ink">
          {t("page.choiceHeading")}
        </h2>
        {problem ? <Alert tone="danger">{t("problem.invalidChoice")}</Alert> : null}
        <p className="text-sm text-ink" data-testid="cookie-choice">
          {t(`page.choice.${choice ?? "none"}`)}
        </p>
        <p className="text-sm text-ink-muted">{t("page.changeHint")}</p>
        <CookieChoiceForm returnTo="/cookies" />
      </section>
      <section aria-labelledby="cookie-table-heading" className="grid gap-3">
        <h2 id="cookie-table-heading" className="text-lg font-semibold text-ink">
          {t("page.tableHeading")}
        </h2>
        <Table label={t("page.tableLabel")} className="min-w-[40rem]">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("page.columns.name")}</TableHead>
              <TableHead scope="col">{t("page.columns.category")}</TableHead>
              <TableHead scope="col">{t("page.columns.purpose")}</TableHead>
              <TableHead scope="col">{t("page.columns.lifetime")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {cookies.map((cookie) => (
              <TableRow key={cookie.id}>
                <TableCell>
                  <code className="whitespace-nowrap">{cookie.name}</code>
                </TableCell>
                <TableCell>{t(`category.${cookie.category}`)}</TableCell>
                <TableCell>{t(`purpose.${cookie.id}` as "purpose.cookieChoice")}</TableCell>
                <TableCell>{lifetimeText(t, cookie.lifetime)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <p className="text-sm text-ink-muted">{t("page.analyticsNone")}</p>
      </section>
    </NarrowPage>
  );
}
