import { redirect } from "@remix-run/node";
import { readForm } from "@tsunagu/app-kit";
import { invitationRef, reportInvitationForm } from "@tsunagu/schemas/invitations";
import type { UiLocale } from "@tsunagu/vocab";
import { locationLabel, salaryLabel } from "./job-labels.server";
import { saveForm, type SeekerApi } from "./seeker-api.server";

type Invitation = Awaited<ReturnType<SeekerApi["invitations"]["get"]>>;

/** An invitation as the inbox and its page show it: names, dates and money in the reader's language. */
export function invitationCard(invitation: Invitation, locale: UiLocale) {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Asia/Tokyo" });
  return {
    ...invitation,
    job: { ...invitation.job, location: locationLabel(invitation.job.location, locale) },
    salaryText: salaryLabel(invitation.salary, locale),
    sentOn: day.format(new Date(invitation.sentAt)),
    expiresOn: day.format(new Date(invitation.expiresAt)),
    respondedOn: invitation.respondedAt ? day.format(new Date(invitation.respondedAt)) : null,
  };
}

const INTENTS = ["accept", "decline", "report"] as const;

/**
 * The invitation page's three forms, told apart by `intent`, each validated with its shared
 * schema and sent through its procedure (F6). A report leaves the inbox, so it returns there.
 */
export async function runInvitationAction(request: Request, invitationId: string) {
  const form = await readForm(request.clone());
  const raw = form.get("intent");
  const intent = INTENTS.find((i) => i === raw);
  if (!intent) throw new Response("Unknown intent", { status: 400 });
  const outcome = await (() => {
    switch (intent) {
      case "accept":
        return saveForm(request, invitationRef, (api, v) => api.invitations.accept(v));
      case "decline":
        return saveForm(request, invitationRef, (api, v) => api.invitations.decline(v));
      case "report":
        return saveForm(request, reportInvitationForm, (api, v) => api.invitations.report(v));
    }
  })();
  if (outcome.done && intent === "report") throw redirect("/invitations?reported=1");
  if (outcome.done) throw redirect(`/invitations/${invitationId}?answered=${intent}`);
  return { intent, result: outcome.result };
}
