import {
  companyDomainOf,
  confirmDomain,
  requestDomainConfirmation,
  requestDomainConfirmationInput,
} from "@tsunagu/api";
import {
  appErrorOf,
  DISPLAY_TIME_ZONE,
  formatTime,
  readForm,
  submitForm,
  textField,
  trpcCodeOf,
  type SignedIn,
} from "@tsunagu/app-kit";
import { companyProfileInput } from "@tsunagu/schemas/company";
import { countries, optionsOf } from "@tsunagu/vocab";
import { data } from "@remix-run/node";
import { kit } from "./kit.server";
import { callEmployerApi } from "./trpc.server";

/** The company page: the profile and identity; owners get the form, recruiters read it. */
export async function loadCompanyPage(request: Request, { user }: SignedIn) {
  if (!user.membership) throw data(null, { status: 403 });
  const { api } = await callEmployerApi(request);
  const [profile, locale, t, verification] = await Promise.all([
    api.company.get().catch((error: unknown) => {
      throw data(null, { status: trpcCodeOf(error) === "FORBIDDEN" ? 403 : 500 });
    }),
    kit.detectLocale(request),
    kit.translator(request, "employer"),
    loadVerification(request).catch(() => null),
  ]);
  return {
    title: t("company.title"),
    isOwner: user.membership.role === "OWNER",
    profile,
    verification,
    countries: optionsOf(countries, locale, { sorted: true, first: ["JP", "VN"] }),
  };
}

/** An owner's save, validated with the shared schema in the page's language. */
export async function saveCompanyPage(request: Request, { user }: SignedIn) {
  kit.assertSameOrigin(request);
  if (user.membership?.role !== "OWNER") throw data(null, { status: 403 });
  const { api } = await callEmployerApi(request);
  const locale = await kit.detectLocale(request);
  const outcome = await submitForm(request, {
    schema: companyProfileInput,
    locale,
    run: (value) => api.company.save(value),
  });
  return {
    result: outcome.result,
    savedAt: outcome.done ? formatTime(locale, outcome.done.updatedAt) : undefined,
  };
}

/** A date and time in the platform's display zone, for verification and audit pages. */
export function formatDateTime(locale: string, date: Date | string): string {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: DISPLAY_TIME_ZONE,
  }).format(new Date(date));
}

/** F10/F13: the verification section of the company page, in the reader's language. */
export async function loadVerification(request: Request) {
  const { api } = await callEmployerApi(request);
  const [status, locale] = await Promise.all([
    api.company.verification(),
    kit.detectLocale(request),
  ]);
  return {
    ...status,
    verifiedOn: status.verifiedAt ? formatDateTime(locale, status.verifiedAt) : null,
    pending: status.pending
      ? { email: status.pending.email, expires: formatDateTime(locale, status.pending.expiresAt) }
      : null,
  };
}

export type VerificationProblem =
  "invalid" | "freeMail" | "wrongDomain" | "noWebsite" | "already" | "failed";

/** Which form the company page's POST is for: the profile (no intent) or the verification. */
export async function companyActionIntent(request: Request): Promise<string | null> {
  try {
    const intent = (await request.clone().formData()).get("intent");
    return typeof intent === "string" ? intent : null;
  } catch {
    // The profile's form reader answers the broken body with a 400.
    return null;
  }
}

/**
 * F10: an owner asks for a domain-confirmation link. The token only exists here and in the
 * email, so the service is called directly (as for member invitations), not through a procedure.
 */
export async function requestVerificationPage(request: Request, { user }: SignedIn) {
  kit.assertSameOrigin(request);
  const membership = user.membership;
  if (membership?.role !== "OWNER") throw data(null, { status: 403 });
  const form = await readForm(request);
  const email = textField(form, "email");
  const [company, locale] = await Promise.all([
    kit.db.company.findUniqueOrThrow({
      where: { id: membership.companyId },
      select: { name: true, status: true, website: true },
    }),
    kit.detectLocale(request),
  ]);
  const domain = companyDomainOf(company.website) ?? "";
  const refused = (problem: VerificationProblem) => ({
    intent: "request-verification" as const,
    email,
    domain,
    problem,
  });
  if (company.status !== "ACTIVE") throw data(null, { status: 403 });
  if (!requestDomainConfirmationInput.safeParse({ email }).success) return refused("invalid");
  try {
    const issued = await requestDomainConfirmation(
      kit.db,
      { companyId: membership.companyId, memberId: membership.id, role: membership.role },
      { email },
    );
    const sent = await kit.mail.send(issued.email, locale, {
      kind: "domain-confirmation",
      companyName: company.name,
      domain,
      link: kit.mail.appLink("/company/confirm", { token: issued.token }),
    });
    return { intent: "request-verification" as const, email: issued.email, domain, sent };
  } catch (error) {
    const appError = appErrorOf(error);
    const key = appError?.fieldProblem?.key;
    if (key === "verificationFreeMail") return refused("freeMail");
    if (key === "verificationWrongDomain") return refused("wrongDomain");
    if (key === "verificationNoWebsite") return refused("noWebsite");
    if (appError?.code === "CONFLICT") return refused("already");
    console.error(`Verification request failed: ${appError?.code ?? "error"}`);
    return refused("failed");
  }
}

/** The confirmation page: the token from the link, and whether the company is verified yet. */
export async function loadConfirmPage(request: Request, { user }: SignedIn) {
  if (!user.membership) throw data(null, { status: 403 });
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const [company, t] = await Promise.all([
    kit.db.company.findUniqueOrThrow({
      where: { id: user.membership.companyId },
      select: { name: true, verifiedAt: true },
    }),
    kit.translator(request, "employer"),
  ]);
  return {
    title: t("verification.confirm.title"),
    token,
    companyName: company.name,
    verified: company.verifiedAt !== null,
  };
}

/** F10: following the link while signed in as the owner who asked verifies the company. */
export async function confirmDomainPage(request: Request, { user }: SignedIn) {
  kit.assertSameOrigin(request);
  const membership = user.membership;
  if (!membership) throw data(null, { status: 403 });
  const form = await readForm(request);
  const token = textField(form, "token");
  if (!/^[\w-]{20,100}$/.test(token)) return { problem: "missing" as const };
  try {
    await confirmDomain(
      kit.db,
      { companyId: membership.companyId, memberId: membership.id, userId: user.id },
      token,
    );
    return { done: true as const };
  } catch (error) {
    const code = appErrorOf(error)?.code;
    if (code === "NOT_FOUND") return { problem: "invalid" as const };
    if (code === "CONFLICT") return { problem: "expired" as const };
    throw error;
  }
}
