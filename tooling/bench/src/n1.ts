/**
 * N1: what the API adds to a resume search, measured as recruiters meet it. The same
 * Meilisearch requests are sent raw to Meilisearch over HTTP, and as `candidates.find` to the
 * tRPC endpoint of the built employer app with a member's session cookie, round after round in
 * one run. Searches are spread over several members of several companies, each with its own
 * quota counters and exclusions, as real companies are.
 */
import { candidateSearchParams, findCandidatesInput, type FindCandidatesInput } from "@tsunagu/api";
import { createSession, sessionCookie } from "@tsunagu/auth";
import type { Db } from "@tsunagu/db";
import { emailDomainOf } from "@tsunagu/privacy";
import { callerExclusionTokens } from "@tsunagu/search";
import type { Index } from "meilisearch";
import type { BenchQuery } from "./queries";
import { measureConcurrent, median, medianOfRounds, parseServerTiming, percentile, round1 } from "./stats";

export interface BenchMember {
  companyId: string;
  memberId: string;
  /** `Cookie` header value of the member's employer session. */
  cookie: string;
  /** What findCandidates excludes for this member (company and email domain, R10). */
  exclusions: string[];
}

/**
 * `companies` verified companies on an unlimited plan (quotas count but never refuse during the
 * run), each with `membersPerCompany` members whose email addresses are confirmed, so each
 * company's domain joins its members' exclusions as in production.
 */
export async function createSearchingCompanies(db: Db, options: { companies: number; membersPerCompany: number; now: Date }): Promise<BenchMember[]> {
  const { now } = options;
  const run = now.getTime().toString(36);
  const plan = await db.plan.create({
    data: { code: `bench-${run}`, name: "Benchmark", monthlyPrice: 0, seats: options.membersPerCompany, resumeSearch: true, searchesPerDay: 1e9, searchesPerMinute: 1e9, resultCapPerQuery: 1000, invitationsPerMonth: 0, active: false },
  });
  const members: BenchMember[] = [];
  for (let c = 0; c < options.companies; c++) {
    const company = await db.company.create({
      data: {
        slug: `bench-${run}-${c}`,
        name: `Benchmark ${c + 1} KK`,
        // Resume search is for verified companies only (F10).
        verifiedAt: now,
        verificationMethod: "ADMIN",
        subscription: { create: { planId: plan.id, status: "ACTIVE", provider: "MANUAL_INVOICE", currentPeriodStart: now, currentPeriodEnd: new Date(now.getTime() + 86_400_000) } },
      },
    });
    for (let m = 0; m < options.membersPerCompany; m++) {
      const email = `recruiter${m + 1}@company${c + 1}-${run}.bench.tsunagu.test`;
      const user = await db.user.create({
        data: { email, emailVerifiedAt: now, kind: "EMPLOYER", membership: { create: { companyId: company.id, role: m === 0 ? "OWNER" : "RECRUITER", displayName: `Recruiter ${c + 1}.${m + 1}` } } },
        include: { membership: true },
      });
      const { token } = await createSession(db, { userId: user.id, audience: "EMPLOYER" });
      members.push({
        companyId: company.id,
        memberId: user.membership!.id,
        cookie: sessionCookie("EMPLOYER", token, { secure: false }).split(";")[0]!,
        exclusions: callerExclusionTokens({ companyId: company.id, emailDomain: emailDomainOf(email) }),
      });
    }
  }
  return members;
}

/** The phases of the API's Server-Timing header, in the order a request passes them. */
export const N1_PHASES = ["session", "authorize", "entitlement", "quota", "meili", "recheck", "recheck-cpu", "projection-cache", "projection-sql", "projection-cpu", "search", "output"] as const;

export interface N1Round {
  rawP50: number;
  rawP95: number;
  apiP50: number;
  apiP95: number;
  ratioP95: number;
  /** Meilisearch as the API's server timed it, to compare with the raw client's figure. */
  apiMeiliP95: number;
  cacheHitRate: number;
}

export interface N1Result extends N1Round {
  rounds: N1Round[];
  /** Mean milliseconds per request by phase, median over rounds; `http` is outside the handler. */
  phases: Record<string, number>;
  /** Each phase's p95 over a round's requests, median over rounds: where the tail comes from. */
  phasesP95: Record<string, number>;
  distinctQueries: number;
  requestsPerRound: number;
  members: number;
  companies: number;
}

/** One API search over HTTP as the employer app's page sends it; its Server-Timing phases. */
async function apiSearch(appUrl: string, member: BenchMember, input: FindCandidatesInput) {
  const url = `${appUrl}/api/trpc/candidates.find?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(url, { headers: { Cookie: member.cookie, Accept: "application/json", "Sec-Fetch-Site": "same-origin" } });
  const body = (await response.json()) as { error?: { data?: { code?: string } } };
  // The code only: a message could quote the search.
  if (!response.ok) throw new Error(`candidates.find answered ${response.status} (${body.error?.data?.code ?? "no code"})`);
  return parseServerTiming(response.headers.get("Server-Timing"));
}

/**
 * `rounds` rounds of `requests` searches at `concurrency` clients, raw and through the API, in
 * alternating order (a section that runs second finds warmer OS caches). Each round sends
 * searches no earlier round sent, after a warm-up round of searches of its own; request i is member
 * i's (round-robin), raw and API alike. Every figure is the median over the rounds.
 */
export async function measureN1(options: {
  queries: readonly BenchQuery[];
  members: readonly BenchMember[];
  appUrl: string;
  index: Index;
  concurrency: number;
  requests: number;
  rounds: number;
  onRound?: (round: number, figures: N1Round) => void;
}): Promise<N1Result> {
  const { members, appUrl, index, concurrency, requests, rounds } = options;
  // A round's worth of searches of their own first: connections, JIT and the redaction cache
  // reach the state of a server that has been answering for a while.
  const warmup = Math.min(options.queries.length - requests * rounds, requests);
  if (warmup < 0) throw new Error(`N1 needs ${requests * rounds} distinct searches, got ${options.queries.length}`);
  const inputs = options.queries.map((q) => q.input);
  const parsed = inputs.map((input) => findCandidatesInput.parse(input));
  const member = (i: number) => members[i % members.length]!;
  const raw = (first: number) => (i: number) => index.search(parsed[first + i]!.query, candidateSearchParams(parsed[first + i]!, member(i).exclusions));

  let timings: ReturnType<typeof parseServerTiming>[] = [];
  const api = (first: number) => async (i: number) => {
    timings.push(await apiSearch(appUrl, member(i), inputs[first + i]!));
  };

  await measureConcurrent(warmup, concurrency, raw(0));
  await measureConcurrent(warmup, concurrency, api(0));

  const results: N1Round[] = [];
  const phaseRounds: Record<string, number>[] = [];
  const phaseP95Rounds: Record<string, number>[] = [];
  for (let r = 0; r < rounds; r++) {
    const first = warmup + r * requests;
    timings = [];
    let rawLatencies: number[] = [];
    let apiLatencies: number[] = [];
    if (r % 2 === 0) {
      rawLatencies = await measureConcurrent(requests, concurrency, raw(first));
      apiLatencies = await measureConcurrent(requests, concurrency, api(first));
    } else {
      apiLatencies = await measureConcurrent(requests, concurrency, api(first));
      rawLatencies = await measureConcurrent(requests, concurrency, raw(first));
    }
    let hits = 0;
    let misses = 0;
    for (const { descriptions } of timings) {
      const [h = 0, m = 0] = (descriptions["redaction-cache"] ?? "").split("/").map(Number);
      hits += h;
      misses += m;
    }
    const phases: Record<string, number> = {};
    for (const phase of N1_PHASES) phases[phase] = timings.reduce((sum, t) => sum + (t.durations[phase] ?? 0), 0) / timings.length;
    phases.handler = phases.session! + phases.authorize! + phases.search! + phases.output!;
    phases.total = apiLatencies.reduce((sum, ms) => sum + ms, 0) / apiLatencies.length;
    // HTTP, Express, Remix's routing and the client's parsing: everything outside the handler.
    phases.http = phases.total - phases.handler;
    phaseRounds.push(phases);
    phaseP95Rounds.push({ ...Object.fromEntries(N1_PHASES.map((phase) => [phase, percentile(timings.map((t) => t.durations[phase] ?? 0), 95)])), total: percentile(apiLatencies, 95) });
    const figures: N1Round = {
      rawP50: round1(percentile(rawLatencies, 50)),
      rawP95: round1(percentile(rawLatencies, 95)),
      apiP50: round1(percentile(apiLatencies, 50)),
      apiP95: round1(percentile(apiLatencies, 95)),
      ratioP95: Math.round((percentile(apiLatencies, 95) / percentile(rawLatencies, 95)) * 100) / 100,
      apiMeiliP95: round1(percentile(timings.map((t) => t.durations.meili ?? 0), 95)),
      cacheHitRate: Math.round((hits / (hits + misses || 1)) * 100) / 100,
    };
    results.push(figures);
    options.onRound?.(r + 1, figures);
  }
  const medianPhases = (perRound: Record<string, number>[]) => Object.fromEntries(Object.keys(perRound[0]!).map((phase) => [phase, round1(median(perRound.map((p) => p[phase]!)))]));
  const phases = medianPhases(phaseRounds);
  const phasesP95 = medianPhases(phaseP95Rounds);
  return {
    ...medianOfRounds(results),
    rounds: results,
    phases,
    phasesP95,
    distinctQueries: warmup + requests * rounds,
    requestsPerRound: requests,
    members: members.length,
    companies: new Set(members.map((m) => m.companyId)).size,
  };
}

/** The phase breakdown as one line: what runs side by side is joined with ∥. */
export function describePhases(p: Record<string, number>): string {
  const ms = (phase: string) => `${p[phase] ?? 0}`;
  return [
    `session ${ms("session")}`,
    `company check+input ${ms("authorize")}`,
    `(entitlement ${ms("entitlement")} + quota ${ms("quota")}) ∥ Meilisearch ${ms("meili")}`,
    `re-check ${ms("recheck")} (+cpu ${ms("recheck-cpu")})`,
    `projection: cache ${ms("projection-cache")}, sql ${ms("projection-sql")}, redact ${ms("projection-cpu")}`,
    `findCandidates ${ms("search")}`,
    `output validation+serialisation ${ms("output")}`,
    // Outside the handler: known as a mean only (the difference of two tails is no tail).
    ...(p.http === undefined ? [] : [`HTTP/Express/Remix/client ${ms("http")}`]),
    `total ${ms("total")} ms`,
  ].join(" · ");
}
