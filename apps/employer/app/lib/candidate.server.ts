import { createCookie, data, redirect } from "@remix-run/node";
import type { CandidateViewLabels, CandidateViewModel } from "@tsunagu/ui";
import {
  appErrorOf,
  readForm,
  submitForm,
  textField,
  trpcCodeOf,
  type SignedIn,
} from "@tsunagu/app-kit";
import {
  DESCRIBED_POSITION,
  INVITATION_CURRENCIES,
  sendInvitationForm,
} from "@tsunagu/schemas/invitations";
import {
  availabilities,
  careerLevels,
  desiredLocations,
  educationLevels,
  employmentTypes,
  languageLevels,
  languages,
  prefectures,
  salaryPeriods,
  workAuthorizations,
  type LanguageCode,
  type LanguageLevelCode,
  type UiLocale,
} from "@tsunagu/vocab";
import { kit } from "./kit.server";
import { callEmployerApi } from "./trpc.server";

type EmployerApi = Awaited<ReturnType<typeof callEmployerApi>>["api"];
type Candidate = Awaited<ReturnType<EmployerApi["candidates"]["get"]>>;
type T = Awaited<ReturnType<typeof kit.translator<"employer">>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const GENERAL_PURPOSE = "General talent pool review";

/**
 * The purposes a member gave for the last few candidates, remembered for half an hour so a
 * reload does not ask again; every view is still recorded. Signed (the member's id inside, so a
 * colleague on the same browser is asked again) and SameSite=Strict: a link from another site
 * arrives without it, so no other site can make a member's browser record a view. Its path is
 * /candidates, not the candidate's own: the page's data requests (/candidates/<key>.data) must
 * carry it too.
 */
const purposeCookie = createCookie("candidate_purpose", {
  path: "/candidates",
  httpOnly: true,
  sameSite: "strict",
  secure: kit.env.APP_ORIGIN.startsWith("https:"),
  maxAge: 30 * 60,
  secrets: [kit.env.AUTH_SECRET],
});
const REMEMBERED_CANDIDATES = 5;

async function rememberedPurposes(request: Request, memberId: string): Promise<[string, string][]> {
  const value: unknown = await purposeCookie.parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object") return [];
  const { m, v } = value as { m?: unknown; v?: unknown };
  if (m !== memberId || !Array.isArray(v)) return [];
  return v.filter(
    (entry): entry is [string, string] =>
      Array.isArray(entry) &&
      typeof entry[0] === "string" &&
      typeof entry[1] === "string" &&
      entry[1].length >= 3 &&
      entry[1].length <= 200,
  );
}

async function rememberedPurpose(
  request: Request,
  searchKey: string,
  memberId: string,
): Promise<string | null> {
  return (
    (await rememberedPurposes(request, memberId)).find(([key]) => key === searchKey)?.[1] ?? null
  );
}

async function rememberPurpose(
  request: Request,
  searchKey: string,
  memberId: string,
  purpose: string,
) {
  const others = (await rememberedPurposes(request, memberId)).filter(([key]) => key !== searchKey);
  return purposeCookie.serialize({
    m: memberId,
    v: [[searchKey, purpose], ...others].slice(0, REMEMBERED_CANDIDATES),
  });
}

/** The redacted candidate in the reader's language; only fields of the projection are read. */
function candidateViewModel(c: Candidate, locale: UiLocale, t: T): CandidateViewModel {
  const period = (start: number, end: number | null, current: boolean) =>
    current
      ? t("candidate.period.current", { start })
      : end && end !== start
        ? `${start}–${end}`
        : `${start}`;
  const money = (value: number) =>
    c.desiredSalaryCurrency
      ? new Intl.NumberFormat(locale, {
          style: "currency",
          currency: c.desiredSalaryCurrency,
          maximumFractionDigits: 0,
        }).format(value)
      : new Intl.NumberFormat(locale).format(value);
  const salary =
    c.desiredSalaryMin !== null || c.desiredSalaryMax !== null
      ? [
          [c.desiredSalaryMin, c.desiredSalaryMax]
            .filter((v): v is number => v !== null)
            .map(money)
            .join("–"),
          c.desiredSalaryPeriod ? salaryPeriods.label(c.desiredSalaryPeriod, locale) : null,
        ]
          .filter(Boolean)
          .join(" · ")
      : null;
  const languageNames = c.languageLevels.map((entry) => {
    const [code, level] = entry.split(":") as [LanguageCode, LanguageLevelCode | undefined];
    const name = languages.label(code, locale);
    return level && languageLevels.codes.includes(level)
      ? `${name} (${languageLevels.label(level, locale)})`
      : name;
  });
  const facts: [string, string | null][] = [
    ["workAuthorization", workAuthorizations.label(c.workAuthorization, locale)],
    ["careerLevel", c.careerLevel ? careerLevels.label(c.careerLevel, locale) : null],
    ["educationLevel", c.educationLevel ? educationLevels.label(c.educationLevel, locale) : null],
    ["yearsOfExperience", t("candidate.yearsValue", { count: c.yearsOfExperience })],
    ["ageBand", c.ageBand],
    ["residenceRegion", c.residenceRegion ? prefectures.label(c.residenceRegion, locale) : null],
    ["languages", languageNames.length ? languageNames.join(", ") : null],
    ["jlpt", c.jlptRank ? `N${c.jlptRank}` : null],
    [
      "desiredJobTypes",
      c.desiredJobTypes.map((code) => employmentTypes.label(code, locale)).join(", ") || null,
    ],
    [
      "desiredLocations",
      c.desiredLocations.map((code) => desiredLocations.label(code, locale)).join(", ") || null,
    ],
    ["desiredSalary", salary],
    ["availability", c.availability ? availabilities.label(c.availability, locale) : null],
  ];
  return {
    headline: c.headline,
    summary: c.summary,
    facts: facts
      .filter((fact): fact is [string, string] => fact[1] !== null)
      .map(([key, value]) => ({
        label: t(`candidate.facts.${key}` as "candidate.facts.careerLevel"),
        value,
      })),
    skills: c.skills,
    certifications: c.certifications,
    experience: c.experience.map((job) => ({
      title: job.title,
      period: period(job.startYear, job.endYear, job.isCurrent),
      description: job.description,
    })),
    education: c.education.map((e) => ({
      title:
        [e.level ? educationLevels.label(e.level, locale) : null, e.fieldOfStudy]
          .filter(Boolean)
          .join(" · ") || t("candidate.none"),
      period: e.endYear ? `${e.endYear}` : null,
    })),
  };
}

function labelsOf(t: T): CandidateViewLabels {
  return {
    noHeadline: t("candidate.labels.noHeadline"),
    summary: t("candidate.labels.summary"),
    facts: t("candidate.labels.facts"),
    skills: t("candidate.labels.skills"),
    certifications: t("candidate.labels.certifications"),
    experience: t("candidate.labels.experience"),
    education: t("candidate.labels.education"),
    none: t("candidate.none"),
  };
}

const notFound = () => data({ notFound: true as const }, { status: 404 });

/** Views the candidate (recording it with the purpose): null when it is not available. */
async function viewCandidate(
  api: EmployerApi,
  searchKey: string,
  purpose: string,
  locale: UiLocale,
  t: T,
) {
  try {
    const candidate = await api.candidates.get({ candidateId: searchKey, purpose });
    return candidateViewModel(candidate, locale, t);
  } catch (error) {
    const code = appErrorOf(error)?.code ?? trpcCodeOf(error);
    if (code === "NOT_FOUND") return null;
    // The search page says what is missing: a plan or the company's verification.
    if (code === "PLAN_REQUIRED" || code === "VERIFICATION_REQUIRED") throw redirect("/search");
    if (code === "FORBIDDEN") throw data(null, { status: 403 });
    throw error;
  }
}

async function pageContext(request: Request, { user }: SignedIn, rawKey: string | undefined) {
  if (!user.membership) throw data(null, { status: 403 });
  if (!rawKey || !UUID.test(rawKey)) throw notFound();
  const [{ api }, locale, t] = await Promise.all([
    callEmployerApi(request),
    kit.detectLocale(request),
    kit.translator(request, "employer"),
  ]);
  return { api, locale, t, searchKey: rawKey.toLowerCase(), memberId: user.membership.id };
}

async function formParts(api: EmployerApi, t: T, locale: UiLocale) {
  const [jobs, usage] = await Promise.all([api.invitations.jobs(), api.usage.get()]);
  return {
    jobs,
    usage: usage.invitationsThisMonth,
    invitationsBlockedBy: usage.invitationsBlockedBy,
    currencies: INVITATION_CURRENCIES.map((code) => ({ value: code, label: code })),
    periods: salaryPeriods.codes.map((code) => ({
      value: code,
      label: salaryPeriods.label(code, locale),
    })),
    employmentTypes: employmentTypes.codes.map((code) => ({
      value: code,
      label: employmentTypes.label(code, locale),
    })),
    prefectures: prefectures.codes.map((code) => ({
      value: code,
      label: prefectures.label(code, locale),
    })),
    purposes: [
      ...jobs.map((job) => ({
        value: `job:${job.id}`,
        label: t("candidate.purposeJob", { title: job.title }),
      })),
      { value: "general", label: t("candidate.purposeGeneral") },
      { value: "other", label: t("candidate.purposeOther") },
    ],
  };
}

/**
 * F12: the candidate page. Without a remembered purpose it only asks for one (nothing is read
 * or recorded); with one, every load views the candidate and so is recorded again.
 */
export async function loadCandidatePage(
  request: Request,
  signedIn: SignedIn,
  rawKey: string | undefined,
) {
  const { api, locale, t, searchKey, memberId } = await pageContext(request, signedIn, rawKey);
  const parts = await formParts(api, t, locale);
  const purpose = await rememberedPurpose(request, searchKey, memberId);
  const base = { title: t("candidate.title"), searchKey, labels: labelsOf(t), ...parts };
  if (!purpose) return { ...base, purpose: null, candidate: null };
  const candidate = await viewCandidate(api, searchKey, purpose, locale, t);
  if (!candidate) throw notFound();
  return { ...base, purpose, candidate };
}

/** What a member's purpose choice means as ledger text; null when it does not say enough. */
function purposeFrom(form: FormData, jobs: { id: string; title: string }[]): string | null {
  const choice = textField(form, "purpose");
  if (choice === "general") return GENERAL_PURPOSE;
  if (choice.startsWith("job:")) {
    const job = jobs.find((j) => `job:${j.id}` === choice);
    return job ? `Job: ${job.title}`.slice(0, 200) : null;
  }
  if (choice === "other") {
    const text = textField(form, "purposeText").trim();
    return text.length >= 3 && text.length <= 200 ? text : null;
  }
  return null;
}

export type InviteProblem =
  "quotaExhausted" | "alreadyInvited" | "planRequired" | "unverified" | "jobClosed" | "gone";

/** The candidate page's two forms: the purpose (views and records) and the invitation (F13). */
export async function runCandidateAction(
  request: Request,
  signedIn: SignedIn,
  rawKey: string | undefined,
) {
  kit.assertSameOrigin(request);
  const { api, locale, t, searchKey, memberId } = await pageContext(request, signedIn, rawKey);
  const form = await readForm(request.clone());
  const intent = textField(form, "intent");
  if (intent === "purpose") {
    const jobs = await api.invitations.jobs();
    const purpose = purposeFrom(form, jobs);
    if (!purpose) {
      return data(
        {
          intent: "purpose" as const,
          purposeError: t("candidate.purposeMissing"),
          choice: textField(form, "purpose"),
          text: textField(form, "purposeText"),
        },
        { status: 400 },
      );
    }
    const candidate = await viewCandidate(api, searchKey, purpose, locale, t);
    if (!candidate) throw notFound();
    const cookie = await rememberPurpose(request, searchKey, memberId, purpose);
    return data(
      { intent: "purpose" as const, purpose, candidate },
      { headers: { "Set-Cookie": cookie } },
    );
  }
  if (intent === "invite") {
    let problem: InviteProblem | null = null;
    const outcome = await submitForm(request, {
      schema: sendInvitationForm,
      locale,
      run: async (value) => {
        try {
          const {
            jobId,
            positionTitle,
            positionEmploymentType,
            positionLocation,
            positionDescription,
            ...terms
          } = value;
          // "Describe the position": the form guarantees its fields (sendInvitationForm).
          const target =
            jobId === DESCRIBED_POSITION
              ? {
                  position: {
                    title: positionTitle!,
                    employmentType: positionEmploymentType!,
                    location: positionLocation,
                    description: positionDescription!,
                  },
                }
              : { jobId };
          return await api.invitations.send({ ...terms, ...target, candidateId: searchKey });
        } catch (error) {
          const appError = appErrorOf(error);
          if (appError?.code === "RATE_LIMITED") problem = "quotaExhausted";
          else if (appError?.code === "CONFLICT")
            problem = appError.message.includes("open job") ? "jobClosed" : "alreadyInvited";
          else if (appError?.code === "PLAN_REQUIRED") problem = "planRequired";
          else if (appError?.code === "VERIFICATION_REQUIRED") problem = "unverified";
          else if (appError?.code === "NOT_FOUND")
            problem = appError.message.includes("job") ? "jobClosed" : "gone";
          throw error;
        }
      },
    });
    return {
      intent: "invite" as const,
      result: outcome.result,
      problem: problem as InviteProblem | null,
      sent: Boolean(outcome.done),
    };
  }
  throw data("Unknown action", { status: 400 });
}
