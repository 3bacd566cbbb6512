import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Card } from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "~/components/invitation-status";
import { kit } from "~/lib/kit.server";
import { loadSentInvitation } from "~/lib/sent-invitations.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadSentInvitation(request, await kit.requireUser(request), params.id);
}

export const meta = pageMeta;

/** F13/R5: one sent invitation; the contact details appear once the candidate accepted. */
export default function SentInvitation() {
  const { invitation: i, contact } = useLoaderData<typeof loader>();
  const { t } = useTranslation("employer");
  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6">
      <Link
        to="/invitations"
        className="text-sm font-medium text-accent-strong underline-offset-4 hover:underline"
      >
        {t("sentInvitations.back")}
      </Link>
      <header className="grid gap-2">
        <h1 className="text-2xl font-semibold text-ink [overflow-wrap:anywhere]">
          {t("sentInvitations.detailTitle", { job: i.jobTitle })}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
          <StatusBadge status={i.status} />
          <span>
            {t("sentInvitations.sentOn")}: {i.sentOn}
          </span>
          {i.status === "SENT" ? (
            <span>{t("sentInvitations.expiresOn", { date: i.expiresOn })}</span>
          ) : null}
          {i.respondedOn ? (
            <span>{t("sentInvitations.answeredOn", { date: i.respondedOn })}</span>
          ) : null}
        </p>
      </header>

      {contact ? (
        <Card className="grid gap-3" aria-labelledby="contact-heading" data-testid="contact">
          <h2 id="contact-heading" className="text-lg font-semibold text-ink">
            {t("sentInvitations.contactTitle")}
          </h2>
          <p className="text-sm text-ink-muted">{t("sentInvitations.contactLead")}</p>
          <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="font-medium text-ink">{t("sentInvitations.name")}</dt>
            <dd className="text-ink [overflow-wrap:anywhere]">{contact.name || "—"}</dd>
            <dt className="font-medium text-ink">{t("sentInvitations.email")}</dt>
            <dd className="text-ink [overflow-wrap:anywhere]">
              <a href={`mailto:${contact.email}`} className="underline underline-offset-4">
                {contact.email}
              </a>
            </dd>
            <dt className="font-medium text-ink">{t("sentInvitations.phone")}</dt>
            <dd className="text-ink">
              {contact.phone ? (
                <a href={`tel:${contact.phone}`} className="underline underline-offset-4">
                  {contact.phone}
                </a>
              ) : (
                "—"
              )}
            </dd>
          </dl>
        </Card>
      ) : (
        <p className="text-sm text-ink-muted">{t("sentInvitations.noContact")}</p>
      )}

      <Card className="grid gap-3">
        <h2 className="text-lg font-semibold text-ink">{t("sentInvitations.terms")}</h2>
        <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-ink">{t("sentInvitations.salary")}</dt>
          <dd className="text-ink">{i.salary}</dd>
          <dt className="font-medium text-ink">{t("sentInvitations.visa")}</dt>
          <dd className="text-ink">
            {i.visaSupport ? t("sentInvitations.visaYes") : t("sentInvitations.visaNo")}
          </dd>
        </dl>
        <h3 className="text-base font-semibold text-ink">{t("sentInvitations.message")}</h3>
        <p className="whitespace-pre-line text-sm text-ink [overflow-wrap:anywhere]">{i.message}</p>
        <p>
          <Link
            to={`/candidates/${i.candidateId}`}
            className="text-sm font-medium text-accent-strong underline underline-offset-4"
          >
            {t("sentInvitations.candidate")}
          </Link>
        </p>
      </Card>
    </div>
  );
}
