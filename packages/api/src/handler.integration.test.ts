import { createSession, sessionCookie } from "@tsunagu/auth";
import { createDb } from "@tsunagu/db";
import { createCompany, createEmployerMember } from "@tsunagu/db/testing";
import { ensureIndex } from "@tsunagu/search";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleTrpcRequest, MAX_BATCH_SIZE } from "./handler";

const db = createDb(process.env.DATABASE_URL!);
const APP_ORIGIN = "http://127.0.0.1:3001";
let cookie: string;
let memberId: string;

beforeAll(async () => {
  await ensureIndex("resumes");
  const { company } = await createCompany(db, { plan: "pro" });
  const { member, user } = await createEmployerMember(db, { companyId: company.id });
  memberId = member.id;
  const { token } = await createSession(db, { userId: user.id, audience: "EMPLOYER" });
  cookie = sessionCookie("EMPLOYER", token, { secure: false }).split(";")[0]!;
});

afterAll(() => db.$disconnect());

/** The member's searches today, as the daily quota counts them. */
async function searchesSpent(): Promise<number> {
  const today = new Date(new Date().toISOString().slice(0, 10));
  const day = await db.memberUsageCounter.findUnique({
    where: {
      memberId_metric_periodStart: { memberId, metric: "RESUME_SEARCH", periodStart: today },
    },
  });
  return day?.count ?? 0;
}

/** A GET of `calls` batched candidates.find queries, as a browser would send it. */
function findBatch(calls: number, headers: Record<string, string>): Request {
  const paths = Array.from({ length: calls }, () => "candidates.find").join(",");
  const input = Object.fromEntries(
    // Distinct queries: the same query again within the window counts once (F12 rule).
    Array.from({ length: calls }, (_, i) => [i, { query: `welding ${i}` }]),
  );
  const url = `${APP_ORIGIN}/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
  return new Request(url, { headers: { Cookie: cookie, ...headers } });
}

const serve = (request: Request) =>
  handleTrpcRequest(request, { audience: "EMPLOYER", appOrigin: APP_ORIGIN, db });

describe("the tRPC endpoint refuses to spend a member's quota for another site", () => {
  it("refuses a cross-site top-level GET, and nothing is counted", async () => {
    const before = await searchesSpent();
    const response = await serve(
      findBatch(1, { "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate" }),
    );
    expect(response.status).toBe(403);
    expect(await searchesSpent()).toBe(before);
  });

  it("refuses a GET carrying another site's Origin", async () => {
    const before = await searchesSpent();
    const response = await serve(findBatch(1, { Origin: "https://evil.example" }));
    expect(response.status).toBe(403);
    expect(await searchesSpent()).toBe(before);
  });

  it("refuses a batch larger than the cap before running any of it", async () => {
    const before = await searchesSpent();
    const response = await serve(findBatch(450, { "Sec-Fetch-Site": "same-origin" }));
    expect(response.status).toBe(400);
    expect(await searchesSpent()).toBe(before);
  });

  it("serves the app's own batched searches and counts each distinct one", async () => {
    const before = await searchesSpent();
    const response = await serve(findBatch(2, { "Sec-Fetch-Site": "same-origin" }));
    expect(response.status).toBe(200);
    expect(await searchesSpent()).toBe(before + 2);
    expect(MAX_BATCH_SIZE).toBeGreaterThanOrEqual(2);
  });
});

describe("the Server-Timing breakdown the benchmark reads (N1)", () => {
  const timingOf = async (serverTiming: boolean) => {
    const response = await handleTrpcRequest(findBatch(1, { "Sec-Fetch-Site": "same-origin" }), {
      audience: "EMPLOYER",
      appOrigin: APP_ORIGIN,
      db,
      serverTiming,
    });
    expect(response.status).toBe(200);
    return response.headers.get("Server-Timing");
  };

  it("is absent unless the server was started with it", async () => {
    expect(await timingOf(false)).toBeNull();
  });

  it("names every phase of a search with its duration, and the cache's hits and misses", async () => {
    const header = (await timingOf(true)) ?? "";
    const phases = Object.fromEntries(
      [...header.matchAll(/([\w-]+);dur=([\d.]+)/g)].map(([, name, ms]) => [name, Number(ms)]),
    );
    for (const phase of [
      "session",
      "authorize",
      "entitlement",
      "quota",
      "meili",
      "recheck",
      "search",
      "output",
    ]) {
      expect(phases[phase], phase).toBeGreaterThanOrEqual(0);
    }
    // The member's email domain comes with the session: no read of its own.
    expect(phases.domain).toBeUndefined();
    // The search's own phases happen within it.
    expect(phases.search).toBeGreaterThanOrEqual(phases.meili!);
    expect(header).toMatch(/redaction-cache;desc="\d+\/\d+"/);
    // Phase names and numbers only: nothing of the search or its results.
    for (const metric of header.split(", ")) {
      expect(metric).toMatch(/^[a-z-]+;(dur=\d+\.\d\d|desc="\d+\/\d+")$/);
    }
  });
});
