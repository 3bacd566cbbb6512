import { employmentTypes } from "@tsunagu/vocab";
import { z } from "zod";

const EMPLOYMENT_TYPES = employmentTypes.codes as readonly string[];
/** What a seeker can say of their Japanese, hardest first (the search's japaneseLevel filter). */
export const JAPANESE_LEVELS = [
  "JLPT_N1",
  "JLPT_N2",
  "JLPT_N3",
  "JLPT_N4",
  "JLPT_N5",
  "NONE",
] as const;

/** The /jobs search as its URL holds it (a GET form): anything unreadable is simply left out. */
const searchParams = z.object({
  q: z.string().trim().max(200).catch(""),
  location: z.string().trim().min(1).max(80).optional().catch(undefined),
  type: z
    .array(z.string())
    .catch([])
    .transform((types) => types.filter((t) => EMPLOYMENT_TYPES.includes(t))),
  visa: z.literal("yes").optional().catch(undefined),
  salary: z.coerce.number().int().min(0).max(100_000_000).optional().catch(undefined),
  jlpt: z.enum(JAPANESE_LEVELS).optional().catch(undefined),
  sort: z.enum(["relevance", "recent", "salary"]).catch("relevance"),
  page: z.coerce.number().int().min(1).max(50).catch(1),
});
export type JobSearch = z.output<typeof searchParams>;

/**
 * Reads the search from the /jobs URL's parameters. The same codec serves the page and the
 * "Save this search as an alert" form, so an alert checks exactly what the page showed.
 */
export function readJobSearch(p: URLSearchParams): JobSearch {
  return searchParams.parse({
    q: p.get("q") ?? "",
    location: p.get("location") || undefined,
    type: p.getAll("type"),
    visa: p.get("visa") || undefined,
    salary: p.get("salary") || undefined,
    jlpt: p.get("jlpt") || undefined,
    sort: p.get("sort") ?? "relevance",
    page: p.get("page") ?? 1,
  });
}

/** The search's filters as the job search procedure takes them. */
export function jobSearchFilters(search: JobSearch) {
  return {
    location: search.location,
    employmentType: search.type.length ? (search.type as never) : undefined,
    visaSupport: search.visa ? true : undefined,
    salaryAtLeast: search.salary,
    japaneseLevel: search.jlpt,
  };
}

/** Whether anything narrows the search (a query or a filter). */
export function isNarrowed(search: JobSearch): boolean {
  return Boolean(
    search.q ||
    search.location ||
    search.type.length ||
    search.visa ||
    search.salary !== undefined ||
    search.jlpt,
  );
}

/** The /jobs URL of this search at this page (sort and page only when not the defaults). */
export function jobSearchHref(search: JobSearch, page = 1) {
  const p = new URLSearchParams();
  if (search.q) p.set("q", search.q);
  if (search.location) p.set("location", search.location);
  for (const type of search.type) p.append("type", type);
  if (search.visa) p.set("visa", "yes");
  if (search.salary !== undefined) p.set("salary", String(search.salary));
  if (search.jlpt) p.set("jlpt", search.jlpt);
  if (search.sort !== "relevance") p.set("sort", search.sort);
  if (page > 1) p.set("page", String(page));
  const qs = p.toString();
  return qs ? `/jobs?${qs}` : "/jobs";
}
