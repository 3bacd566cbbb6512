import { resumeSearchFromParams } from "@tsunagu/search/params";
import { describe, expect, it } from "vitest";
import { connectionStarts, employerSearchPath, jobQueriesFrom, rotation, n5Pages, summarisePage, summariseRound, worstPage, type N5Fixture } from "./n5";
import { generateBenchQueries } from "./queries";

const fixture: N5Fixture = {
  seekerCookies: ["s1", "s2", "s3"],
  jobIds: ["j1", "j2"],
  jobQueries: ["Nurse", "エンジニア"],
  searchingCookies: ["m1", "m2"],
  candidates: [
    { key: "k1", cookie: "m1; purpose=a" },
    { key: "k2", cookie: "m2; purpose=b" },
  ],
  inboxCookies: ["e1"],
  adminCookies: ["a1"],
  employerSearches: ["/search?q=a", "/search?q=b", "/search?q=c", "/search?q=d"],
};

describe("n5Pages", () => {
  const pages = n5Pages(fixture);
  const page = (name: string) => pages.find((p) => p.name === name)!;

  it("loads each app's pages with the sessions of that app's users", () => {
    expect(pages.filter((p) => p.app === "seeker").flatMap((p) => p.requests.map((r) => r.cookie))).toSatisfy((cookies: string[]) => cookies.every((c) => c.startsWith("s")));
    expect(page("employer /search with a query").requests.map((r) => r.cookie)).toEqual(["m1", "m2", "m1", "m2"]);
    expect(page("employer /invitations (sent)").requests).toEqual([{ path: "/invitations", cookie: "e1", acceptLanguage: "en" }]);
    expect(page("admin home").requests.map((r) => `${r.cookie} ${r.path}`)).toEqual(["a1 /"]);
  });

  it("spreads a page over every user and every query, and over the three languages", () => {
    const jobs = page("seeker /jobs with a query").requests;
    expect(jobs.map((r) => r.cookie)).toEqual(["s1", "s2", "s3"]);
    expect(jobs.map((r) => r.path)).toEqual(["/jobs?q=Nurse", `/jobs?q=${encodeURIComponent("エンジニア")}`, "/jobs?q=Nurse"]);
    expect(jobs.map((r) => r.acceptLanguage)).toEqual(["en", "vi", "ja"]);
    expect(page("employer /search with a query").requests.map((r) => r.path)).toEqual(fixture.employerSearches);
  });

  it("shows each member the candidate whose purpose cookie it holds", () => {
    expect(page("employer candidate page").requests.map((r) => `${r.path} ${r.cookie}`)).toEqual(["/candidates/k1 m1; purpose=a", "/candidates/k2 m2; purpose=b"]);
  });

  it("refuses to measure a page it has nothing to load for", () => {
    expect(() => n5Pages({ ...fixture, jobIds: [] })).toThrow(/seeker job page/);
    expect(() => n5Pages({ ...fixture, inboxCookies: [] })).toThrow(/invitations/);
  });
});

describe("employerSearchPath", () => {
  it("writes the search as the search page's form does, so the page reads back the same search", () => {
    for (const query of generateBenchQueries({ count: 50, seed: 3 })) {
      const path = employerSearchPath(query);
      expect(path.startsWith("/search")).toBe(true);
      const read = resumeSearchFromParams(new URL(path, "http://x").searchParams);
      expect(read.query).toBe(query.input.query?.trim() ?? "");
      expect(read.page).toBe(query.input.page ?? 0);
    }
  });
});

describe("jobQueriesFrom", () => {
  it("takes each title's first word once, in any script, up to the number asked for", () => {
    expect(jobQueriesFrom(["Nurse (night shift)", "Nurse aide", "エンジニア・東京", "Kỹ sư cầu nối", " "], 10)).toEqual(["Nurse", "エンジニア", "Kỹ"]);
    expect(jobQueriesFrom(["a x", "b y", "c z"], 2)).toEqual(["a", "b"]);
  });
});

describe("summariseRound and summarisePage", () => {
  it("gives a round's percentiles, its requests per second and its non-2xx answers", () => {
    const latencies = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summariseRound(latencies, 2, 4)).toEqual({ p50: 50, p95: 95, throughput: 25, non2xx: 2 });
  });

  it("takes the median of the rounds, but counts every non-2xx answer of every round", () => {
    const page = { app: "seeker" as const, name: "seeker home", requests: [{ path: "/", cookie: "s1", acceptLanguage: "en" }] };
    const result = summarisePage(page, [
      { p50: 10, p95: 40, throughput: 100, non2xx: 0 },
      { p50: 30, p95: 200, throughput: 50, non2xx: 1 },
      { p50: 20, p95: 50, throughput: 80, non2xx: 0 },
    ]);
    expect(result).toMatchObject({ p50: 20, p95: 50, throughput: 80, non2xx: 1, variants: 1 });
    expect(result.rounds).toHaveLength(3);
    expect(() => summarisePage(page, [])).toThrow();
  });

  it("judges N5 by the slowest page", () => {
    const page = (name: string, p95: number) => ({ app: "seeker" as const, name, variants: 1, p50: 1, p95, throughput: 1, non2xx: 0, rounds: [] });
    expect(worstPage([page("a", 30), page("b", 120), page("c", 60)])?.name).toBe("b");
    expect(worstPage([])).toBeUndefined();
  });
});

describe("rotation and connectionStarts", () => {
  it("starts each user where the previous one's block ends, so a run sends distinct requests", () => {
    expect(connectionStarts(4, 10, 100)).toEqual([100, 103, 106, 109]);
    const requests = Array.from({ length: 20 }, (_, i) => i);
    const sent = connectionStarts(4, 12, 2).flatMap((start) => rotation(requests, start).slice(0, 3));
    expect(new Set(sent).size).toBe(12);
  });

  it("wraps around the requests, whatever the start", () => {
    expect(rotation([1, 2, 3], 4)).toEqual([2, 3, 1]);
    expect(rotation([1, 2, 3], -1)).toEqual([3, 1, 2]);
    expect(rotation([], 2)).toEqual([]);
  });
});
