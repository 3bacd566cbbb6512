import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert, Card, EmptyState } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import {
  CompanyIdentity,
  InvitationStatus,
  InvitationTerms,
} from "~/components/invitations/invitation-facts";
import { invitationCard } from "~/lib/invitations.server";
import { kit } from "~/lib/kit.server";
import { seekerApi } from "~/lib/seeker-api.server";

export const handle = { i18n: ["invitations"] };

/** F6: the inbox. Open invitations first; reported ones are gone from it. */
export async function loader({ request }: LoaderFunctionArgs) {
  const api = await seekerApi(request);
  const [{ invitations }, t, locale] = await Promise.all([
    api.invitations.list(),
    kit.translator(request, "invitations"),
    kit.detectLocale(request),
  ]);
  return {
    invitations: invitations.map((i) => invitationCard(i, locale)),
    reported: new URL(request.url).searchParams.get("reported") === "1",
    title: t("list.title"),
  };
}

export const meta = pageMeta;

export default function InvitationsInbox() {
  const { invitations, reported } = useLoaderData<typeof loader>();
  const { t } = useTranslation("invitations");
  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-10 sm:px-6">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">{t("list.title")}</h1>
        <p className="text-ink-muted">{t("list.lead")}</p>
      </header>
      {reported ? <Alert tone="success">{t("list.reported")}</Alert> : null}
      {invitations.length === 0 ? (
        <EmptyState title={t("list.emptyTitle")} description={t("list.empty")} />
      ) : (
        <ul className="grid gap-4">
          {invitations.map((i) => (
            <li key={i.id}>
              <Card className="grid gap-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="grid min-w-0 gap-1">
                    <h2 className="text-lg font-semibold text-ink [overflow-wrap:anywhere]">
                      <Link
                        to={`/invitations/${i.id}`}
                        className="underline-offset-4 hover:underline"
                      >
                        {i.job.title}
                      </Link>
                    </h2>
                    <p className="font-medium text-ink [overflow-wrap:anywhere]">
                      {i.company.name}
                    </p>
                    <CompanyIdentity company={i.company} />
                  </div>
                  <InvitationStatus status={i.status} />
                </div>
                <InvitationTerms salaryText={i.salaryText} visaSupport={i.visaSupport} />
                <p className="line-clamp-3 whitespace-pre-line text-sm text-ink [overflow-wrap:anywhere]">
                  {i.message}
                </p>
                <p className="text-sm text-ink-muted">
                  {t("list.sentOn", { date: i.sentOn })}
                  {i.status === "SENT" ? ` · ${t("list.expiresOn", { date: i.expiresOn })}` : null}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
