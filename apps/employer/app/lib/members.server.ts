import { data, redirect } from "@remix-run/node";
import { inviteMember, inviteMemberInput, listOpenInvitations } from "@tsunagu/api";
import type { MemberRole } from "@tsunagu/db";
import {
  appErrorOf,
  DISPLAY_TIME_ZONE,
  readForm,
  textField,
  trpcCodeOf,
  type SignedIn,
} from "@tsunagu/app-kit";
import { kit } from "./kit.server";
import { callEmployerApi } from "./trpc.server";

const { db, detectLocale } = kit;

/** What a failed call to a member procedure tells the owner. */
export type MembersProblem =
  | "already-member"
  | "no-seats"
  | "last-owner"
  | "not-found"
  | "not-owner"
  | "invitation-gone"
  | "failed";

function dateFormatFor(locale: string) {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: DISPLAY_TIME_ZONE,
  });
}

/**
 * Open invitations of the company, for its owners only: invitees' addresses are contact details
 * that recruiters do not need.
 */
const openInvitations = (companyId: string) => listOpenInvitations(db, companyId);

async function companyOf(companyId: string) {
  return db.company.findUniqueOrThrow({
    where: { id: companyId },
    select: { name: true, status: true },
  });
}

/** The members page: everyone in the company; owners also see open invitations. */
export async function loadMembersPage(request: Request, { user }: SignedIn) {
  const membership = user.membership;
  if (!membership) throw data(null, { status: 403 });
  const { api } = await callEmployerApi(request);
  // The procedure refuses members of a suspended company, like every employer procedure.
  const members = await api.members.list().catch((error: unknown) => {
    throw data(null, { status: trpcCodeOf(error) === "FORBIDDEN" ? 403 : 500 });
  });
  const isOwner = membership.role === "OWNER";
  const [seats, company, invitations, locale, t] = await Promise.all([
    api.members.seats(),
    companyOf(membership.companyId),
    isOwner ? openInvitations(membership.companyId) : Promise.resolve([]),
    detectLocale(request),
    kit.translator(request, "employer"),
  ]);
  const format = dateFormatFor(locale);
  return {
    title: t("members.title"),
    companyName: company.name,
    isOwner,
    seats,
    // The sole owner has no "Remove": a company always keeps an owner.
    soleOwner: members.filter((member) => member.role === "OWNER").length <= 1,
    members: members.map((member) => ({
      ...member,
      joinedAt: format.format(new Date(member.joinedAt)),
    })),
    invitations: invitations.map((invitation) => ({
      ...invitation,
      expiresAt: format.format(invitation.expiresAt),
    })),
  };
}

/** Turns a failed member call into the message the page shows; anything unplanned is "failed". */
function problemOf(error: unknown, whenBadRequest: MembersProblem): MembersProblem {
  const appError = appErrorOf(error);
  switch (appError?.code ?? trpcCodeOf(error)) {
    case "CONFLICT":
      return "already-member";
    case "PLAN_REQUIRED":
      return "no-seats";
    case "NOT_FOUND":
      return "not-found";
    case "FORBIDDEN":
      return "not-owner";
    case "BAD_REQUEST":
      return appError ? whenBadRequest : "not-found";
    default:
      // The code only: no address, name or id reaches the log.
      console.error(`Members action failed: ${appError?.code ?? trpcCodeOf(error) ?? "error"}`);
      return "failed";
  }
}

async function invite(
  request: Request,
  values: { email: string; role: MemberRole },
  { user }: SignedIn,
  intent: "invite" | "resend-invitation" = "invite",
) {
  const { email, role } = values;
  const membership = user.membership;
  if (membership?.role !== "OWNER") return { intent, problem: "not-owner" as const, values };
  const parsed = inviteMemberInput.safeParse({ email, role });
  if (!parsed.success) return { intent, problem: "invalid-email" as const, values };
  const [company, inviter, locale] = await Promise.all([
    companyOf(membership.companyId),
    db.companyMember.findUniqueOrThrow({
      where: { id: membership.id },
      select: { displayName: true },
    }),
    detectLocale(request),
  ]);
  // The procedure checks this for every other call; the invitation needs its token, which only
  // the service returns, so the suspension check is repeated here.
  if (company.status !== "ACTIVE") return { intent, problem: "suspended" as const, values };
  try {
    const issued = await inviteMember(
      db,
      { companyId: membership.companyId, memberId: membership.id },
      parsed.data,
    );
    // The owner's UI language: they chose whom to invite and can tell them in person otherwise.
    const sent = await kit.mail.send(parsed.data.email, locale, {
      kind: "member-invitation",
      companyName: company.name,
      inviterName: inviter.displayName,
      role: parsed.data.role,
      link: kit.mail.appLink("/join", { token: issued.token }),
      expiresAt: issued.expiresAt,
    });
    return { intent, invited: parsed.data.email, delayed: !sent };
  } catch (error) {
    return { intent, problem: problemOf(error, "failed"), values };
  }
}

/**
 * An open invitation's row: revoke it (its link stops working, its seat is free), or send it
 * again (a new link replaces the old one and the 7 days start over).
 */
async function answerInvitation(
  request: Request,
  intent: "revoke-invitation" | "resend-invitation",
  invitationId: string,
  signedIn: SignedIn,
) {
  const membership = signedIn.user.membership;
  const open = membership
    ? (await openInvitations(membership.companyId)).find((i) => i.id === invitationId)
    : undefined;
  if (!open) return { intent, problem: "invitation-gone" as const };
  if (intent === "resend-invitation") return invite(request, open, signedIn, intent);
  const { api } = await callEmployerApi(request);
  try {
    await api.members.revokeInvitation({ invitationId });
    return { intent, revoked: open.email };
  } catch (error) {
    return { intent, problem: problemOf(error, "failed") };
  }
}

/** The members page's forms (invite, remove, make owner, invitations), told apart by `intent`. */
export async function runMembersAction(request: Request, signedIn: SignedIn) {
  kit.assertSameOrigin(request);
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "invite") {
    const role: MemberRole = textField(form, "role") === "OWNER" ? "OWNER" : "RECRUITER";
    return invite(request, { email: textField(form, "email"), role }, signedIn);
  }
  if (intent === "revoke-invitation" || intent === "resend-invitation") {
    return answerInvitation(request, intent, textField(form, "invitationId"), signedIn);
  }
  if (intent !== "remove" && intent !== "make-owner") throw data(null, { status: 400 });

  const memberId = textField(form, "memberId");
  const { api } = await callEmployerApi(request);
  try {
    const target = (await api.members.list()).find((member) => member.id === memberId);
    if (!target) return { intent, problem: "not-found" as const };
    if (intent === "remove") {
      await api.members.remove({ memberId });
      // An owner who removed themselves has no session left.
      if (target.isYou)
        throw redirect("/sign-in", { headers: { "Set-Cookie": kit.signedOutCookie() } });
      return { intent, done: target.displayName };
    }
    await api.members.transferOwnership({ memberId });
    return { intent, done: target.displayName };
  } catch (error) {
    if (error instanceof Response) throw error;
    return { intent, problem: problemOf(error, intent === "remove" ? "last-owner" : "failed") };
  }
}
