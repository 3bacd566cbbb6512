import { redirect } from "@remix-run/node";
import { invitationRef, reportInvitationForm } from "@tsunagu/schemas/invitations";
import type { UiLocale } from "@tsunagu/vocab";
import { locationLabel, salaryLabel } from "./job-labels.server";
import { formatDate, runIntent, saveForm, type SeekerApi } from "./seeker-api.server";

type Invitation = Awaited<ReturnType<SeekerApi["invitations"]["get"]>>;

/** An invitation as the inbox and its page show it: names, dates and money in the reader's language. */
export function invitationCard(invitation: Invitation, locale: UiLocale) {
  return {
    ...invitation,
    job: { ...invitation.job, location: locationLabel(invitation.job.location, locale) },
    salaryText: salaryLabel(invitation.salary, locale),
    sentOn: formatDate(locale, invitation.sentAt),
    expiresOn: formatDate(locale, invitation.expiresAt),
    respondedOn: invitation.respondedAt ? formatDate(locale, invitation.respondedAt) : null,
  };
}

/**
 * The invitation page's three forms, each validated with its shared schema and sent through its
 * procedure (F6). A report leaves the inbox, so it returns there.
 */
export async function runInvitationAction(request: Request, invitationId: string) {
  const { intent, outcome } = await runIntent(request, {
    accept: () => saveForm(request, invitationRef, (api, v) => api.invitations.accept(v)),
    decline: () => saveForm(request, invitationRef, (api, v) => api.invitations.decline(v)),
    report: () => saveForm(request, reportInvitationForm, (api, v) => api.invitations.report(v)),
  });
  if (outcome.done && intent === "report") throw redirect("/invitations?reported=1");
  if (outcome.done) throw redirect(`/invitations/${invitationId}?answered=${intent}`);
  return { intent, result: outcome.result };
}
