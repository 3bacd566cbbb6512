import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { findOpenInvitation } from "@tsunagu/api";
import { appErrorOf, DISPLAY_TIME_ZONE, readForm, textField, trpcCodeOf } from "@tsunagu/app-kit";
import { checkPasswordPolicy, limitTokenRedemption, type PasswordProblem } from "@tsunagu/auth";
import { kit } from "./kit.server";
import { callEmployerApi } from "./trpc.server";

const { db, detectLocale } = kit;

/** Matches the service's display-name rule (acceptMemberInvitationInput). */
const DISPLAY_NAME_MAX = 80;

/**
 * What the invitee may do with this link: create an account, sign in first, accept as the
 * signed-in account, or nothing (and why).
 */
export type JoinState =
  "create-account" | "sign-in" | "accept" | "other-account" | "already-member" | "wrong-kind";

const openInvitationOf = (token: string) => findOpenInvitation(db, token);

export async function loadJoinPage(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const [invitation, signedIn, locale, t] = await Promise.all([
    openInvitationOf(token),
    kit.getOptionalUser(request),
    detectLocale(request),
    kit.translator(request, "employer"),
  ]);
  if (!invitation) return { valid: false as const, title: t("join.invalidTitle") };
  const account = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true, kind: true, membership: { select: { id: true } } },
  });
  let state: JoinState;
  if (!account) state = "create-account";
  else if (account.kind !== "EMPLOYER") state = "wrong-kind";
  else if (account.membership) state = "already-member";
  else if (signedIn?.user.id === account.id) state = "accept";
  else state = signedIn ? "other-account" : "sign-in";
  return {
    title: t("join.title", { company: invitation.company.name }),
    valid: true as const,
    token,
    state,
    email: invitation.email,
    role: invitation.role,
    companyName: invitation.company.name,
    expiresAt: new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: DISPLAY_TIME_ZONE,
      timeZoneName: "short",
    }).format(invitation.expiresAt),
  };
}

export type JoinProblem =
  "invalid" | "rate-limited" | "no-seats" | "suspended" | "sign-in" | "already-member" | "failed";

function joinProblemOf(error: unknown): JoinProblem {
  const code = appErrorOf(error)?.code ?? trpcCodeOf(error);
  switch (code) {
    case "NOT_FOUND":
      return "invalid";
    case "PLAN_REQUIRED":
      return "no-seats";
    case "FORBIDDEN":
      return "suspended";
    case "UNAUTHORIZED":
      return "sign-in";
    case "CONFLICT":
      return "already-member";
    default:
      console.error(`Joining a company failed: ${code ?? "error"}`);
      return "failed";
  }
}

/** Creates the invitee's account (or joins the signed-in one), then opens the members page. */
export async function runJoinAction({ request, context }: ActionFunctionArgs) {
  kit.assertSameOrigin(request);
  const form = await readForm(request);
  const token = textField(form, "token");
  const displayName = textField(form, "displayName");
  const values = { displayName };
  const limit = await limitTokenRedemption(db, { ip: kit.clientAddress(request, context) });
  if (!limit.allowed) return { problem: "rate-limited" as const, values };

  let accountDetails: { displayName: string; password: string } | undefined;
  if (form.get("intent") === "create-account") {
    const invitation = await openInvitationOf(token);
    if (!invitation) return { problem: "invalid" as const, values };
    const password = textField(form, "password");
    const nameProblem =
      displayName.trim().length === 0 || displayName.trim().length > DISPLAY_NAME_MAX;
    const passwordProblems: PasswordProblem[] = checkPasswordPolicy(password, {
      email: invitation.email,
    });
    if (nameProblem || passwordProblems.length > 0) {
      // The password is never sent back to the page.
      return { problem: null, nameProblem, passwordProblems, values };
    }
    accountDetails = { displayName: displayName.trim(), password };
  }

  const { api, resHeaders } = await callEmployerApi(request);
  try {
    const result = await api.members.acceptInvitation({ token, ...accountDetails });
    // Without account details the invitee is asked for them again (the page shows the form).
    if (result.status !== "joined") return { problem: "failed" as const, values };
  } catch (error) {
    return { problem: joinProblemOf(error), values };
  }
  // A new account arrives with its session cookie; an existing one is already signed in.
  throw redirect("/members?joined=1", { headers: resHeaders });
}
