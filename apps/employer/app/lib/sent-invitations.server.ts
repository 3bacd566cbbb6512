import { data } from "@remix-run/node";
import { appErrorOf, DISPLAY_TIME_ZONE, trpcCodeOf, type SignedIn } from "@tsunagu/app-kit";
import { salaryPeriods, type UiLocale } from "@tsunagu/vocab";
import { kit } from "./kit.server";
import { callEmployerApi } from "./trpc.server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const dateOf = (locale: string) =>
  new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: DISPLAY_TIME_ZONE,
  });

function salaryText(
  s: { min: number; max: number; currency: string; period: string },
  locale: UiLocale,
) {
  const money = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: s.currency,
    maximumFractionDigits: 0,
  });
  return `${money.format(s.min)}–${money.format(s.max)} · ${salaryPeriods.label(s.period as never, locale)}`;
}

const refuse = (error: unknown): never => {
  const code = appErrorOf(error)?.code ?? trpcCodeOf(error);
  if (code === "NOT_FOUND") throw data(null, { status: 404 });
  throw data(null, { status: code === "FORBIDDEN" ? 403 : 500 });
};

/** F13: the company's sent invitations with their status. */
export async function loadSentInvitations(request: Request, { user }: SignedIn) {
  if (!user.membership) throw data(null, { status: 403 });
  const [{ api }, locale, t] = await Promise.all([
    callEmployerApi(request),
    kit.detectLocale(request),
    kit.translator(request, "employer"),
  ]);
  const invitations = await api.invitations.list().catch(refuse);
  const format = dateOf(locale);
  return {
    title: t("sentInvitations.title"),
    invitations: invitations.map((i) => ({
      id: i.id,
      status: i.status,
      jobTitle: i.job.title,
      senderName: i.senderName,
      sentOn: format.format(new Date(i.sentAt)),
    })),
  };
}

/** F13/R5: one sent invitation; the contact only once accepted (the API decides). */
export async function loadSentInvitation(
  request: Request,
  { user }: SignedIn,
  id: string | undefined,
) {
  if (!user.membership) throw data(null, { status: 403 });
  if (!id || !UUID.test(id)) throw data(null, { status: 404 });
  const [{ api }, locale, t] = await Promise.all([
    callEmployerApi(request),
    kit.detectLocale(request),
    kit.translator(request, "employer"),
  ]);
  const i = await api.invitations.get({ invitationId: id }).catch(refuse);
  const format = dateOf(locale);
  const c = i.contact;
  return {
    title: t("sentInvitations.detailTitle", { job: i.job.title }),
    invitation: {
      id: i.id,
      status: i.status,
      jobTitle: i.job.title,
      candidateId: i.candidateId,
      salary: salaryText(i.salary, locale),
      visaSupport: i.visaSupport,
      message: i.message,
      sentOn: format.format(new Date(i.sentAt)),
      expiresOn: format.format(new Date(i.expiresAt)),
      respondedOn: i.respondedAt ? format.format(new Date(i.respondedAt)) : null,
    },
    contact: c
      ? {
          name: (locale === "ja"
            ? [c.lastName, c.firstName]
            : [c.firstName, c.middleName, c.lastName]
          )
            .filter(Boolean)
            .join(" "),
          email: c.email,
          phone: c.phone,
        }
      : null,
  };
}
