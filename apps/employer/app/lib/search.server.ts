import { data } from "@remix-run/node";
import { appErrorOf, trpcCodeOf, type SignedIn } from "@tsunagu/app-kit";
import {
  resumeSearchFromParams,
  resumeSearchToParams,
  type ResumeSearch,
} from "@tsunagu/search/params";
import {
  availabilities,
  careerLevels,
  desiredLocations,
  educationLevels,
  employmentTypes,
  languages,
  prefectures,
  workAuthorizations,
  type UiLocale,
} from "@tsunagu/vocab";
import { kit } from "./kit.server";
import { callEmployerApi } from "./trpc.server";

export const SEARCH_PAGE_SIZE = 20;

type EmployerApi = Awaited<ReturnType<typeof callEmployerApi>>["api"];
type Candidate = Awaited<ReturnType<EmployerApi["candidates"]["find"]>>["candidates"][number];

/** List filters shown as checkbox facets, in the panel's order; the name is the URL key. */
const LIST_FACETS = [
  "languages",
  "skills",
  "workAuthorization",
  "careerLevel",
  "educationLevel",
  "desiredLocations",
  "availability",
] as const;
type ListFacet = (typeof LIST_FACETS)[number];

function labelOf(facet: ListFacet, value: string, locale: UiLocale): string {
  switch (facet) {
    case "languages":
      return languages.label(value as never, locale);
    case "workAuthorization":
      return workAuthorizations.label(value as never, locale);
    case "careerLevel":
      return careerLevels.label(value as never, locale);
    case "educationLevel":
      return educationLevels.label(value as never, locale);
    case "desiredLocations":
      return desiredLocations.label(value as never, locale);
    case "availability":
      return availabilities.label(value as never, locale);
    case "skills":
      return value;
  }
}

/** What the page shows instead of results when the search did not run. */
export type SearchProblem =
  "plan-required" | "unverified" | "unavailable" | "rate-limited" | "too-deep";

function hrefOf(search: Partial<ResumeSearch>): string {
  const qs = resumeSearchToParams(search).toString();
  return qs ? `/search?${qs}` : "/search";
}

/** The filter chips: each one's link is the same search without that value (first page). */
function chipsOf(
  search: ResumeSearch,
  locale: UiLocale,
  t: (key: string, options?: Record<string, unknown>) => string,
) {
  const chips: { key: string; label: string; removeHref: string }[] = [];
  const f = search.filters;
  for (const facet of LIST_FACETS) {
    for (const value of f[facet] ?? []) {
      const rest = (f[facet] as string[]).filter((v) => v !== value);
      chips.push({
        key: `${facet}:${value}`,
        label: `${t(`search.facets.${facet}`)}: ${labelOf(facet, value, locale)}`,
        removeHref: hrefOf({
          ...search,
          page: 0,
          filters: { ...f, [facet]: rest.length ? rest : undefined },
        }),
      });
    }
  }
  for (const value of f.desiredJobTypes ?? []) {
    const rest = f.desiredJobTypes!.filter((v) => v !== value);
    chips.push({
      key: `desiredJobTypes:${value}`,
      label: employmentTypes.label(value, locale),
      removeHref: hrefOf({
        ...search,
        page: 0,
        filters: { ...f, desiredJobTypes: rest.length ? rest : undefined },
      }),
    });
  }
  if (f.jlptAtLeast !== undefined) {
    chips.push({
      key: "jlpt",
      label: t("search.chips.jlpt", { level: f.jlptAtLeast }),
      removeHref: hrefOf({ ...search, page: 0, filters: { ...f, jlptAtLeast: undefined } }),
    });
  }
  if (f.minYearsOfExperience !== undefined) {
    chips.push({
      key: "minYears",
      label: t("search.chips.minYears", { count: f.minYearsOfExperience }),
      removeHref: hrefOf({
        ...search,
        page: 0,
        filters: { ...f, minYearsOfExperience: undefined },
      }),
    });
  }
  if (f.maxYearsOfExperience !== undefined) {
    chips.push({
      key: "maxYears",
      label: t("search.chips.maxYears", { count: f.maxYearsOfExperience }),
      removeHref: hrefOf({
        ...search,
        page: 0,
        filters: { ...f, maxYearsOfExperience: undefined },
      }),
    });
  }
  return chips;
}

/**
 * The search in words, in the reader's language: each filter as its chip reads on the search
 * page (the saved-searches list shows it).
 */
export function describeFilters(
  search: ResumeSearch,
  locale: UiLocale,
  t: (key: string, options?: Record<string, unknown>) => string,
): string[] {
  return chipsOf(search, locale, t).map((chip) => chip.label);
}

function candidateCard(c: Candidate, locale: UiLocale) {
  return {
    id: c.id,
    headline: c.headline,
    summary: c.summary && c.summary.length > 240 ? `${c.summary.slice(0, 237)}…` : c.summary,
    yearsOfExperience: c.yearsOfExperience,
    skills: c.skills.slice(0, 8),
    languages: c.languages.map((code) => languages.label(code, locale)),
    jlptRank: c.jlptRank,
    workAuthorization: workAuthorizations.label(c.workAuthorization, locale),
    residenceRegion: c.residenceRegion ? prefectures.label(c.residenceRegion, locale) : null,
    availability: c.availability ? availabilities.label(c.availability, locale) : null,
  };
}

/**
 * F12: the search page. The URL is the whole search (@tsunagu/search/params); the quota is
 * read after the search, so it includes the search just run.
 */
export async function loadSearchPage(request: Request, { user }: SignedIn) {
  if (!user.membership) throw data(null, { status: 403 });
  const url = new URL(request.url);
  const search = resumeSearchFromParams(url.searchParams);
  const [{ api }, locale, t] = await Promise.all([
    callEmployerApi(request),
    kit.detectLocale(request),
    kit.translator(request, "employer"),
  ]);
  const tt = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const title = search.query
    ? t("search.titleWithQuery", { query: search.query })
    : t("search.title");
  const base = {
    title,
    search,
    /** The name of the search just saved from this page (the save redirects back here). */
    savedName: url.searchParams.get("saved")?.slice(0, 100) || null,
    queryString: resumeSearchToParams({ ...search, page: 0 }).toString(),
    chips: chipsOf(search, locale, tt),
    clearHref: hrefOf({ query: search.query, sort: search.sort }),
  };
  let problem: SearchProblem | null = null;
  let retryAfterSeconds: number | null = null;
  let result: Awaited<ReturnType<EmployerApi["candidates"]["find"]>> | null = null;
  const before = await api.usage.get().catch((error: unknown) => {
    throw data(null, { status: trpcCodeOf(error) === "FORBIDDEN" ? 403 : 500 });
  });
  if (!before.searchIncluded) {
    problem = before.searchBlockedBy === "verification" ? "unverified" : "plan-required";
  } else {
    try {
      result = await api.candidates.find({
        query: search.query,
        filters: search.filters,
        sort: search.sort,
        page: search.page,
        pageSize: SEARCH_PAGE_SIZE,
      });
    } catch (error) {
      const code = appErrorOf(error)?.code;
      if (code === "PLAN_REQUIRED") problem = "plan-required";
      else if (code === "VERIFICATION_REQUIRED") problem = "unverified";
      else if (code === "SEARCH_UNAVAILABLE") problem = "unavailable";
      else if (code === "RATE_LIMITED") {
        problem = "rate-limited";
        retryAfterSeconds = appErrorOf(error)?.retryAfterSeconds ?? null;
      } else if (code === "BAD_REQUEST") problem = "too-deep";
      else throw error;
    }
  }
  const usage = result ? await api.usage.get() : before;
  const facets = result?.facets ?? {};
  const facetGroups = LIST_FACETS.map((facet) => {
    const counts = facets[facet] ?? {};
    const selected = (search.filters[facet] ?? []) as string[];
    const values = [...new Set([...selected, ...Object.keys(counts)])]
      .map((value) => ({
        value,
        label: labelOf(facet, value, locale),
        count: counts[value] ?? 0,
        checked: selected.includes(value),
      }))
      .sort(
        (a, b) =>
          Number(b.checked) - Number(a.checked) ||
          b.count - a.count ||
          a.label.localeCompare(b.label, locale),
      )
      .slice(0, facet === "skills" || facet === "desiredLocations" ? 15 : 30);
    return { name: facet, label: tt(`search.facets.${facet}`), values };
  }).filter((group) => group.values.length > 0);
  const jlptCounts = facets.jlptRank ?? {};
  // "At least N": a candidate of rank r (0 native, 1 = N1) counts for every level N >= r.
  const jlptLevels = [1, 2, 3, 4, 5].map((level) => ({
    level,
    count: Object.entries(jlptCounts).reduce(
      (sum, [rank, n]) => (Number(rank) <= level ? sum + n : sum),
      0,
    ),
  }));
  const total = result?.estimatedTotalHits ?? 0;
  const pages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  return {
    ...base,
    problem,
    retryAfterMinutes: retryAfterSeconds ? Math.ceil(retryAfterSeconds / 60) : null,
    usage,
    total,
    page: search.page,
    pages,
    prevHref: search.page > 0 ? hrefOf({ ...search, page: search.page - 1 }) : null,
    nextHref:
      result && search.page + 1 < pages ? hrefOf({ ...search, page: search.page + 1 }) : null,
    candidates: (result?.candidates ?? []).map((c) => candidateCard(c, locale)),
    facetGroups,
    jlptLevels,
  };
}
