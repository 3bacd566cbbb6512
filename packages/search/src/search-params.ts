import { z } from "zod";
import { resumeFiltersSchema, type ResumeFilters } from "./filters";

/**
 * The employer's resume search as a URL query string, so a search can be bookmarked, shared
 * inside the company, saved and linked from an alert email (F12). One codec for every place
 * that reads or writes such a URL; it imports no server code, so pages may use it in the browser.
 *
 * Shape: `q` (free text), `sort`, `page` (0-based, omitted when 0), one key per list filter
 * repeated per value (`skills=Welding&skills=CAD`), and numbers as plain integers.
 */
export const RESUME_SORTS = ["relevance", "recent", "experience"] as const;
export type ResumeSort = (typeof RESUME_SORTS)[number];

export interface ResumeSearch {
  query: string;
  filters: ResumeFilters;
  sort: ResumeSort;
  page: number;
}

const LIST_KEYS = [
  "languages",
  "workAuthorization",
  "educationLevel",
  "careerLevel",
  "skills",
  "desiredLocations",
  "desiredJobTypes",
  "availability",
] as const satisfies readonly (keyof ResumeFilters)[];

const NUMBER_KEYS = [
  "jlptAtLeast",
  "minYearsOfExperience",
  "maxYearsOfExperience",
] as const satisfies readonly (keyof ResumeFilters)[];

const integer = /^\d{1,4}$/;

/**
 * Reads a search from a URL. Anything malformed (an unknown value, a number out of range) is
 * dropped rather than failing the page: a hand-edited or outdated link still opens a search.
 */
export function resumeSearchFromParams(params: URLSearchParams): ResumeSearch {
  const filters: Record<string, unknown> = {};
  for (const key of LIST_KEYS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length === 0) continue;
    const parsed = resumeFiltersSchema.shape[key].safeParse(values);
    if (parsed.success) filters[key] = parsed.data;
    else {
      // Keep the values that are valid on their own.
      const valid = values.filter((v) => resumeFiltersSchema.shape[key].safeParse([v]).success);
      if (valid.length > 0) filters[key] = valid.slice(0, 20);
    }
  }
  for (const key of NUMBER_KEYS) {
    const raw = params.get(key)?.trim();
    if (!raw || !integer.test(raw)) continue;
    const parsed = resumeFiltersSchema.shape[key].safeParse(Number(raw));
    if (parsed.success) filters[key] = parsed.data;
  }
  const sort = z
    .enum(RESUME_SORTS)
    .catch("relevance")
    .parse(params.get("sort") ?? undefined);
  const rawPage = params.get("page")?.trim() ?? "";
  const page = integer.test(rawPage) ? Math.min(Number(rawPage), 999) : 0;
  const query = (params.get("q") ?? "").trim().slice(0, 200);
  return { query, filters: resumeFiltersSchema.parse(filters), sort, page };
}

/** Writes a search as a URL query string (without the leading "?"), in a stable key order. */
export function resumeSearchToParams(search: Partial<ResumeSearch>): URLSearchParams {
  const params = new URLSearchParams();
  const query = search.query?.trim();
  if (query) params.set("q", query);
  const filters = search.filters ?? {};
  for (const key of LIST_KEYS) for (const value of filters[key] ?? []) params.append(key, value);
  for (const key of NUMBER_KEYS) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (search.sort && search.sort !== "relevance") params.set("sort", search.sort);
  if (search.page) params.set("page", String(search.page));
  return params;
}
