/**
 * N5: server-rendered pages as their users meet them. Each main page of each app is loaded by
 * `concurrency` concurrent users (autocannon) from the production builds, signed in as the kind
 * of user the page is for, on the seeded data set; p50, p95, throughput and non-2xx answers per
 * page, each the median (non-2xx: the sum) of rounds. The admin app has only its home page
 * (no queue pages yet); the employer app has no applications inbox, only sent invitations.
 */
import autocannon from "autocannon";
import { sessionCookie } from "@tsunagu/auth";
import type { Db, SessionAudience } from "@tsunagu/db";
import { DEMO_EMAIL_DOMAIN } from "@tsunagu/db/seed";
import { resumeSearchToParams } from "@tsunagu/search/params";
import type { Index } from "meilisearch";
import { createSession } from "@tsunagu/auth";
import type { BenchApp } from "./app-server";
import type { BenchMember } from "./n1";
import type { BenchQuery } from "./queries";
import { median, percentile, round1 } from "./stats";

/** One request a user sends: the path and the `Cookie` header (session, and any page state). */
export interface PageRequest {
  path: string;
  cookie: string;
  acceptLanguage: string;
}

/** A page, measured by cycling through its requests (several users, several queries). */
export interface N5Page {
  app: BenchApp;
  name: string;
  requests: PageRequest[];
  /**
   * Text the page's HTML shows when it works, e.g. result links: a 200 can be a page that says
   * the search did not run. Some searches rightly find nothing, so one checked request must show it.
   */
  mustContain?: string;
}

/** Who signs in, and what there is to look at, on the seeded data set. */
export interface N5Fixture {
  seekerCookies: string[];
  jobIds: string[];
  jobQueries: string[];
  /** Members of companies on an unlimited plan: search and candidate pages never hit a quota. */
  searchingCookies: string[];
  /** Each searching member's candidate page, with the purpose cookie its form answer set. */
  candidates: { key: string; cookie: string }[];
  /** Members of companies that sent invitations. */
  inboxCookies: string[];
  adminCookies: string[];
  employerSearches: string[];
}

const LANGUAGES = ["en", "vi", "ja"] as const;

/** `items` paired round-robin with `cookies`, as many requests as the longer of the two. */
function spread(cookies: readonly string[], paths: readonly string[]): PageRequest[] {
  if (cookies.length === 0 || paths.length === 0) return [];
  return Array.from({ length: Math.max(cookies.length, paths.length) }, (_, i) => ({
    path: paths[i % paths.length]!,
    cookie: cookies[i % cookies.length]!,
    acceptLanguage: LANGUAGES[i % LANGUAGES.length]!,
  }));
}

/** The pages N5 measures, in the order it measures them. A page with nothing to show is an error. */
export function n5Pages(f: N5Fixture): N5Page[] {
  const pages: N5Page[] = [
    { app: "seeker", name: "seeker home", requests: spread(f.seekerCookies, ["/"]) },
    { app: "seeker", name: "seeker /jobs with a query", requests: spread(f.seekerCookies, f.jobQueries.map((q) => `/jobs?${new URLSearchParams({ q })}`)), mustContain: 'href="/jobs/' },
    { app: "seeker", name: "seeker job page", requests: spread(f.seekerCookies, f.jobIds.map((id) => `/jobs/${id}`)) },
    { app: "seeker", name: "seeker /resume", requests: spread(f.seekerCookies, ["/resume"]) },
    { app: "seeker", name: "seeker /applications", requests: spread(f.seekerCookies, ["/applications"]) },
    { app: "seeker", name: "seeker /invitations", requests: spread(f.seekerCookies, ["/invitations"]) },
    { app: "employer", name: "employer /search with a query", requests: spread(f.searchingCookies, f.employerSearches), mustContain: 'href="/candidates/' },
    {
      app: "employer",
      name: "employer candidate page",
      requests: f.candidates.map((c, i) => ({ path: `/candidates/${c.key}`, cookie: c.cookie, acceptLanguage: LANGUAGES[i % LANGUAGES.length]! })),
    },
    { app: "employer", name: "employer /invitations (sent)", requests: spread(f.inboxCookies, ["/invitations"]) },
    { app: "admin", name: "admin home", requests: spread(f.adminCookies, ["/"]) },
  ];
  const empty = pages.filter((page) => page.requests.length === 0);
  if (empty.length) throw new Error(`N5 has nothing to load for: ${empty.map((p) => p.name).join(", ")} (is the demo world seeded?)`);
  return pages;
}

/** The `/search` URL of an employer search as the page's form writes it. */
export function employerSearchPath(query: BenchQuery): string {
  const { query: text, filters, page } = query.input;
  const params = resumeSearchToParams({ query: text, filters, page }).toString();
  return params ? `/search?${params}` : "/search";
}

/** Distinct first words of job titles: what seekers type into the jobs search. */
export function jobQueriesFrom(titles: readonly string[], most: number): string[] {
  const words = titles.map((title) => title.trim().split(/[\s,/()・、]+/u)[0] ?? "").filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, most);
}

export interface N5Round {
  p50: number;
  p95: number;
  /** Requests per second over the round. */
  throughput: number;
  non2xx: number;
}

/** One round's figures from its latencies (ms), its non-2xx count and how long it took (s). */
export function summariseRound(latencies: readonly number[], non2xx: number, seconds: number): N5Round {
  return {
    p50: round1(percentile(latencies, 50)),
    p95: round1(percentile(latencies, 95)),
    throughput: round1(seconds > 0 ? latencies.length / seconds : Number.NaN),
    non2xx,
  };
}

export interface N5PageResult extends N5Round {
  app: BenchApp;
  name: string;
  /** Distinct requests cycled through (users × queries). */
  variants: number;
  rounds: N5Round[];
}

/** Median over rounds of each figure; non-2xx answers are summed, since any one of them counts. */
export function summarisePage(page: Pick<N5Page, "app" | "name" | "requests">, rounds: readonly N5Round[]): N5PageResult {
  if (rounds.length === 0) throw new Error("No rounds to take the median of");
  const of = (key: "p50" | "p95" | "throughput") => round1(median(rounds.map((r) => r[key])));
  return {
    app: page.app,
    name: page.name,
    variants: page.requests.length,
    p50: of("p50"),
    p95: of("p95"),
    throughput: of("throughput"),
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
    rounds: [...rounds],
  };
}

/** The slowest page by p95: the figure N5's target is judged by. */
export function worstPage(results: readonly N5PageResult[]): N5PageResult | undefined {
  return [...results].sort((a, b) => b.p95 - a.p95)[0];
}

/** `items` from `start` on, wrapping around: where one user's sequence of requests begins. */
export function rotation<T>(items: readonly T[], start: number): T[] {
  if (items.length === 0) return [];
  const s = ((start % items.length) + items.length) % items.length;
  return [...items.slice(s), ...items.slice(0, s)];
}

/**
 * Where each of `connections` users starts in a page's requests during a run of `amount`
 * requests beginning at `offset`: contiguous blocks, so a run sends `amount` distinct requests
 * (as many as there are) instead of every user sending the same first few.
 */
export function connectionStarts(connections: number, amount: number, offset: number): number[] {
  const stride = Math.ceil(amount / connections);
  return Array.from({ length: connections }, (_, k) => offset + k * stride);
}

const headersOf = (r: PageRequest) => ({ cookie: r.cookie, "accept-language": r.acceptLanguage, accept: "text/html" });

/**
 * Loads each of the page's requests once, as a browser would, before anything is timed: a
 * redirect to sign-in (or to two-step setup) means the bench's session is wrong, and a page
 * that never shows what it must is measuring an error page. Either stops the bench.
 */
export async function checkPage(baseUrl: string, page: N5Page): Promise<void> {
  let shown = !page.mustContain;
  for (const request of page.requests.slice(0, 8)) {
    const response = await fetch(`${baseUrl}${request.path}`, { headers: headersOf(request), redirect: "manual" });
    const body = await response.text();
    const location = response.headers.get("location") ?? "";
    if (response.status >= 300 && response.status < 400 && /\/sign-in|\/account\/two-step/.test(location))
      throw new Error(`N5 ${page.name}: ${request.path} redirects to ${location.split("?")[0]}: the bench's session is not signed in as it should be`);
    if (response.status !== 200) throw new Error(`N5 ${page.name}: ${request.path} answered ${response.status}${location ? ` → ${location.split("?")[0]}` : ""}`);
    if (page.mustContain && body.includes(page.mustContain)) shown = true;
  }
  if (!shown) throw new Error(`N5 ${page.name}: no checked request shows ${page.mustContain}… (empty or error pages)`);
}

/** One autocannon run of `amount` requests at `connections` users from `offset` on; each response's latency. */
async function cannon(baseUrl: string, page: N5Page, connections: number, amount: number, offset: number) {
  const latencies: number[] = [];
  const requests = page.requests.map((r) => ({ method: "GET" as const, path: r.path, headers: headersOf(r) }));
  const starts = connectionStarts(connections, amount, offset);
  let next = 0;
  // Timed here: autocannon's own start and finish fall on its one-second ticks.
  const started = performance.now();
  let lastResponse = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        amount,
        timeout: 30,
        requests,
        setupClient: (client) => client.setRequests(rotation(requests, starts[next++ % connections]!)),
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
      lastResponse = performance.now();
    });
  });
  if (result.errors > 0) throw new Error(`N5 ${page.name}: ${result.errors} connection errors (${result.timeouts} timeouts)`);
  // Every request answered 200 when checked: a redirect now is a session that stopped working.
  if (result["3xx"] > 0) throw new Error(`N5 ${page.name}: ${result["3xx"]} redirects during the run (a session signed out or expired?)`);
  return { latencies, non2xx: result.non2xx, seconds: (lastResponse - started) / 1000 };
}

/** A warm-up run, then `rounds` rounds of `requests` loads of the page at `concurrency` users. */
export async function measurePage(
  baseUrl: string,
  page: N5Page,
  options: { concurrency: number; requests: number; rounds: number; onRound?: (round: number, figures: N5Round) => void },
): Promise<N5PageResult> {
  await checkPage(baseUrl, page);
  // Connections, JIT and caches reach the state of a server that has been answering for a while.
  // Each round goes on where the last stopped: requests no earlier round sent, while there are.
  const warmup = Math.min(options.requests, options.concurrency * 8);
  await cannon(baseUrl, page, options.concurrency, warmup, 0);
  const rounds: N5Round[] = [];
  for (let r = 1; r <= options.rounds; r++) {
    const { latencies, non2xx, seconds } = await cannon(baseUrl, page, options.concurrency, options.requests, warmup + (r - 1) * options.requests);
    const figures = summariseRound(latencies, non2xx, seconds);
    rounds.push(figures);
    options.onRound?.(r, figures);
  }
  return summarisePage(page, rounds);
}

async function cookieFor(db: Db, userId: string, audience: SessionAudience) {
  const { token } = await createSession(db, { userId, audience });
  return sessionCookie(audience, token, { secure: false }).split(";")[0]!;
}

/** Up to `most` users of the demo world signed in to their app; their `Cookie` values. */
async function demoCookies(db: Db, userIds: string[], audience: SessionAudience) {
  return Promise.all(userIds.map((id) => cookieFor(db, id, audience)));
}

/**
 * Sessions and page data for N5 on the seeded data set: public jobs, demo seekers (with resumes, applications
 * and invitations), the bench's searching members for search and candidate pages (one candidate
 * each, viewed once through the purpose form as a recruiter would, which sets the cookie the page
 * reads), members of demo companies that sent invitations, and a platform admin with two-step
 * sign-in on (as F21 requires; the home page only checks that it is on).
 */
export async function prepareN5(
  db: Db,
  options: { users: number; members: readonly BenchMember[]; employerUrl: string; index: Index; jobIndex: Index; queries: readonly BenchQuery[]; now: Date },
): Promise<N5Fixture> {
  const { users, now } = options;
  const demo = { endsWith: `@${DEMO_EMAIL_DOMAIN}` };
  const seekers = await db.user.findMany({ where: { kind: "SEEKER", email: demo, seekerProfile: { isNot: null } }, select: { id: true }, orderBy: { email: "asc" }, take: users });
  // The jobs anyone may see (open, of no private area): those the public job index holds.
  const { results: jobs } = await options.jobIndex.getDocuments<{ id: string; title: string }>({ limit: 1000, fields: ["id", "title"] });
  const senders = await db.companyMember.findMany({
    where: { company: { invitations: { some: {} } }, user: { email: demo } },
    select: { userId: true },
    orderBy: { id: "asc" },
    take: users,
  });
  const admin = await db.user.create({ data: { email: `admin.${now.getTime().toString(36)}@bench.tsunagu.test`, kind: "ADMIN", emailVerifiedAt: now } });
  // Never decrypted by the pages measured: only its being on is checked.
  await db.twoFactorCredential.create({ data: { userId: admin.id, secretEncrypted: crypto.getRandomValues(new Uint8Array(44)), enabledAt: now } });

  // Indexed resumes (the index holds only searchable ones), one per searching member.
  const { results: documents } = await options.index.getDocuments<{ id: string }>({ limit: options.members.length, fields: ["id"] });
  const candidates: N5Fixture["candidates"] = [];
  for (const [i, member] of options.members.entries()) {
    const key = documents[i % documents.length]!.id;
    const response = await fetch(`${options.employerUrl}/candidates/${key}`, {
      method: "POST",
      headers: { cookie: member.cookie, origin: options.employerUrl, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "purpose", purpose: "general" }),
      redirect: "manual",
    });
    await response.body?.cancel();
    const purpose = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
    if (response.status !== 200 || purpose.length === 0) throw new Error(`N5: choosing a purpose on a candidate page answered ${response.status}`);
    candidates.push({ key, cookie: [member.cookie, ...purpose].join("; ") });
  }

  return {
    seekerCookies: await demoCookies(db, seekers.map((s) => s.id), "SEEKER"),
    jobIds: jobs.map((j) => j.id),
    jobQueries: jobQueriesFrom(jobs.map((j) => j.title), 24),
    searchingCookies: options.members.map((m) => m.cookie),
    candidates,
    inboxCookies: await demoCookies(db, senders.map((s) => s.userId), "EMPLOYER"),
    adminCookies: [await cookieFor(db, admin.id, "ADMIN")],
    employerSearches: options.queries.map(employerSearchPath),
  };
}
