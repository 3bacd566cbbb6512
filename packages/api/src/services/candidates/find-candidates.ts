import { z } from "zod";
import { text } from "@tsunagu/schemas";
import type { Db } from "@tsunagu/db";
import {
  mayCompanySearch,
  normalizeDomain,
  redactResume,
  type RedactedResume,
  type ViewingCompany,
} from "@tsunagu/privacy";
import {
  buildResumeFilter,
  callerExclusionTokens,
  exclusionFilter,
  loadFingerprintedResumes,
  loadResumeGates,
  type ResumeGate,
  resumeFiltersSchema,
  resumeIndex,
  SEARCH_LOCALES,
} from "@tsunagu/search";
import type { Index } from "meilisearch";
import { AppError } from "../../errors";
import { type PhaseTimings, timed } from "../../phase-timings";
import { requireResumeSearchPlan } from "./entitlements";
import { viewerEmailDomain } from "./viewer";
import { countSearchRun, searchFingerprint } from "./member-quota";
import { redactionCache } from "./redaction-cache";

export const CANDIDATE_FACETS = [
  "languages",
  "jlptRank",
  "workAuthorization",
  "educationLevel",
  "careerLevel",
  "skills",
  "desiredLocations",
  "availability",
] as const;

const SORTS = {
  relevance: undefined,
  recent: ["updatedAt:desc"],
  experience: ["yearsOfExperience:desc"],
} as const;

export const findCandidatesInput = z.object({
  query: text().trim().max(200).default(""),
  filters: resumeFiltersSchema.default({}),
  sort: z.enum(["relevance", "recent", "experience"]).default("relevance"),
  page: z.number().int().min(0).max(999).default(0),
  pageSize: z.number().int().min(1).max(50).default(20),
});
export type FindCandidatesInput = z.input<typeof findCandidatesInput>;

export interface FindCandidatesResult {
  candidates: RedactedResume[];
  page: number;
  pageSize: number;
  estimatedTotalHits: number;
  facets: Record<string, Record<string, number>>;
  /** Hits the index still had but the database no longer allows (R4), dropped from the page. */
  droppedAsIndexLag: number;
}

export interface Caller {
  companyId: string;
  memberId: string;
  /**
   * The domain of the member's confirmed address, when the caller has just read it (the
   * session does); left out, it is read here.
   */
  emailDomain?: string | null;
}

/** How many extra hits to ask for, so a page stays full when a few are dropped as lag. */
const LAG_SLACK = 10;

/**
 * What findCandidates asks Meilisearch; the benchmark sends the same to measure overhead (N1).
 * The caller's exclusion tokens are part of the filter, so resumes hidden from the caller are
 * neither returned nor counted in totals and facets (R10).
 */
export function candidateSearchParams(
  input: z.output<typeof findCandidatesInput>,
  exclusionTokens: readonly string[],
  offset = input.page * input.pageSize,
) {
  return {
    filter: [...buildResumeFilter(input.filters), ...exclusionFilter(exclusionTokens)],
    sort: SORTS[input.sort] ? [...SORTS[input.sort]!] : undefined,
    offset,
    limit: input.pageSize + LAG_SLACK,
    facets: [...CANDIDATE_FACETS],
    locales: SEARCH_LOCALES,
    attributesToRetrieve: ["id"],
  };
}

/**
 * R4: search hits (resume search keys, in rank order) re-checked against the database now; only
 * the hits that fill `limit` are projected, and a projection is rebuilt whenever the row's
 * content changed. `keep` narrows the allowed hits further (alerts keep the new ones only).
 * `dropped` counts the hits the index still had but the database no longer allows (index lag).
 */
export async function recheckedCandidates(
  db: Db,
  keys: readonly string[],
  company: ViewingCompany,
  options: {
    limit: number;
    now: Date;
    keep?: (gate: ResumeGate) => boolean;
    /** The benchmark's phase recorder (N1); absent, nothing is timed. */
    timings?: PhaseTimings;
  },
): Promise<{ candidates: RedactedResume[]; dropped: number }> {
  const { limit, now, keep, timings } = options;
  const gates = await timed(timings, "recheck", () => loadResumeGates(db, keys));
  const decided = timings ? performance.now() : 0;
  const shown: ResumeGate[] = [];
  let dropped = 0;
  for (const key of keys) {
    const gate = gates.get(key);
    if (!gate || !mayCompanySearch(gate, company)) dropped += 1;
    else if (shown.length < limit && (!keep || keep(gate))) shown.push(gate);
  }
  const lookingUp = timings ? performance.now() : 0;
  timings?.add("recheck-cpu", lookingUp - decided);
  const projections = new Map<string, RedactedResume>();
  for (const gate of shown) {
    const cached = redactionCache.get(gate.fingerprint, now);
    if (cached) projections.set(gate.searchKey, cached);
  }
  if (timings) {
    timings.cacheHits += projections.size;
    timings.cacheMisses += shown.length - projections.size;
    timings.add("projection-cache", performance.now() - lookingUp);
  }
  const missing = shown
    .filter((gate) => !projections.has(gate.searchKey))
    .map((gate) => gate.searchKey);
  const loaded = await timed(timings, "projection-sql", () =>
    loadFingerprintedResumes(db, missing),
  );
  const redacting = timings ? performance.now() : 0;
  for (const [key, { fingerprint, resume }] of loaded) {
    // Changed since the gate was read: decide again on the newer row.
    if (fingerprint !== gates.get(key)?.fingerprint && !mayCompanySearch(resume, company)) continue;
    const projection = redactResume(resume, now);
    redactionCache.set(key, fingerprint, now, projection);
    projections.set(key, projection);
  }
  timings?.add("projection-cpu", performance.now() - redacting);
  const candidates = shown.flatMap((gate) => projections.get(gate.searchKey) ?? []);
  dropped += shown.length - candidates.length;
  return { candidates, dropped };
}

/**
 * F12: resume search for a paying company. Meilisearch ranks; PostgreSQL decides. Exclusions
 * apply inside the search (R10); every hit is still re-checked against the database and rebuilt
 * from the redacted projection, never taken from the index document (R2, R4).
 */
export async function findCandidates(
  db: Db,
  caller: Caller,
  rawInput: FindCandidatesInput,
  options: {
    index?: Index<RedactedResume>;
    now?: Date;
    /** The benchmark's phase recorder (N1, SERVER_TIMING=1); absent, nothing is timed. */
    timings?: PhaseTimings;
  } = {},
): Promise<FindCandidatesResult> {
  const { timings } = options;
  const input = findCandidatesInput.parse(rawInput);
  const now = options.now ?? new Date();
  const offset = input.page * input.pageSize;
  const index = options.index ?? resumeIndex();

  // The entitlement and quota checks run while Meilisearch searches; nothing is returned
  // unless both pass, and they cost two database round trips otherwise waited for in turn.
  const entitled = (async () => {
    const plan = await timed(timings, "entitlement", () =>
      requireResumeSearchPlan(db, caller.companyId, now),
    );
    if (offset + input.pageSize > plan.resultCapPerQuery) {
      throw new AppError(
        "BAD_REQUEST",
        `Your plan shows at most ${plan.resultCapPerQuery} results per search. Narrow the search with filters.`,
      );
    }
    // Counted once per committed query (SEARCH_RECOUNT_MINUTES): paging or returning to a
    // search just run costs nothing. Stamping the run and counting it are one statement.
    const searchHash = searchFingerprint(input);
    try {
      await timed(timings, "quota", () =>
        countSearchRun(db, {
          ...caller,
          searchHash,
          now,
          windows: [
            { unit: "minute", limit: plan.searchesPerMinute },
            { unit: "day", limit: plan.searchesPerDay },
          ],
        }),
      );
    } catch (error) {
      // A refused search is not run: retrying it must be counted (and refused) again.
      await db.$executeRaw`
        DELETE FROM member_search_runs
        WHERE member_id = ${caller.memberId}::uuid AND search_hash = ${searchHash} AND counted_at = ${now}`;
      throw error;
    }
    return plan;
  })();
  // Its refusal is answered below, after the domain read: handled now so that a refusal
  // arriving meanwhile is not an unhandled rejection (which takes a Node process down).
  entitled.catch(() => undefined);
  // The member's confirmed email domain joins the exclusions (F3 domain blocks, R10): one
  // indexed read before the search, as the filter needs it.
  const emailDomain =
    caller.emailDomain !== undefined
      ? normalizeDomain(caller.emailDomain ?? "") || null
      : await timed(timings, "domain", () => viewerEmailDomain(db, caller));
  const exclusions = callerExclusionTokens({ companyId: caller.companyId, emailDomain });
  const searched = timed(timings, "meili", () =>
    index.search(input.query, candidateSearchParams(input, exclusions, offset)),
  ).catch((error: unknown) => {
    throw new AppError(
      "SEARCH_UNAVAILABLE",
      "Resume search is temporarily unavailable. Please try again shortly.",
      {
        cause: error,
      },
    );
  });
  const [plan, response] = await Promise.allSettled([entitled, searched]).then(([p, r]) => {
    // An entitlement refusal wins over a search outage: it is the caller's to fix.
    if (p.status === "rejected") throw p.reason;
    if (r.status === "rejected") throw r.reason;
    return [p.value, r.value] as const;
  });

  const keys = response.hits.map((hit) => String(hit.id));
  const company = { ...plan.company, viewerEmailDomain: emailDomain };
  const { candidates, dropped } = await recheckedCandidates(db, keys, company, {
    limit: input.pageSize,
    now,
    timings,
  });
  return {
    candidates,
    page: input.page,
    pageSize: input.pageSize,
    estimatedTotalHits: Math.min(response.estimatedTotalHits ?? 0, plan.resultCapPerQuery),
    facets: (response.facetDistribution ?? {}) as Record<string, Record<string, number>>,
    droppedAsIndexLag: dropped,
  };
}
