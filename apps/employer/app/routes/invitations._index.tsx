import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import {
  EmptyState,
  NarrowPage,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@tsunagu/ui";
import { pageMeta } from "@tsunagu/ui/remix";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "~/components/invitation-status";
import { kit } from "~/lib/kit.server";
import { loadSentInvitations } from "~/lib/sent-invitations.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return loadSentInvitations(request, await kit.requireUser(request));
}

export const meta = pageMeta;

/** F13: the company's sent invitations and where each one stands. */
export default function SentInvitations() {
  const { invitations } = useLoaderData<typeof loader>();
  const { t } = useTranslation("employer");
  return (
    <NarrowPage
      title={t("sentInvitations.title")}
      lead={t("sentInvitations.lead")}
      width="settings"
    >
      {invitations.length === 0 ? (
        <EmptyState title={t("sentInvitations.title")} description={t("sentInvitations.empty")} />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("sentInvitations.job")}</TableHead>
              <TableHead>{t("sentInvitations.status")}</TableHead>
              <TableHead>{t("sentInvitations.sentOn")}</TableHead>
              <TableHead>{t("sentInvitations.sender")}</TableHead>
              <TableHead>
                <span className="sr-only">{t("sentInvitations.open")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {invitations.map((i) => (
              <TableRow key={i.id}>
                <TableCell className="[overflow-wrap:anywhere]">{i.jobTitle}</TableCell>
                <TableCell>
                  <StatusBadge status={i.status} />
                </TableCell>
                <TableCell>{i.sentOn}</TableCell>
                <TableCell>{i.senderName ?? "—"}</TableCell>
                <TableCell className="text-right">
                  <Link
                    to={`/invitations/${i.id}`}
                    className="font-medium text-accent-strong underline underline-offset-4"
                    aria-label={t("sentInvitations.openLabel", { job: i.jobTitle, date: i.sentOn })}
                  >
                    {t("sentInvitations.open")}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </NarrowPage>
  );
}
