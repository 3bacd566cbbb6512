import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadavg } from "node:os";
import type { Index } from "meilisearch";
import { createDb, type Db } from "@tsunagu/db";
import { DEMO_EMAIL_DOMAIN, seedDemoWorldInto } from "@tsunagu/db/seed";
import { createCompany, createEmployerMember } from "@tsunagu/db/testing";
import type { RedactedResume } from "@tsunagu/privacy";
import {
  buildDocuments,
  ensureIndex,
  indexName,
  resumeIndex,
  searchClient,
  writeDocuments,
} from "@tsunagu/search";
import { ownDatabase } from "@tsunagu/vitest-config/own-database";
import { findCandidates, type Caller } from "../find-candidates";
import relevanceSet from "./relevance-set.json";

/**
 * F12: recall@20 of the relevance set over the demo world, per language pair (the recruiter's
 * query language → the language the resume is written in), through findCandidates exactly as a
 * recruiter's search runs. The demo world gets a database and an index of its own, so no other
 * test's seekers compete for the first 20 places.
 */
type Lang = "en" | "vi" | "ja";
interface Judged {
  /** Misspelt on purpose: typo tolerance must still find the resumes. */
  typo?: boolean;
  lang: Lang;
  query: string;
  mustFind: string[];
}
const QUERIES = relevanceSet.queries as Judged[];
const RECALL_FLOOR = 0.9;
const TOP = 20;

let database: Awaited<ReturnType<typeof ownDatabase>>;
let db: Db;
let index: Index<RedactedResume>;
const name = `${indexName("resumes")}_relevance`;
/** demo local part (seeker7) → search key, and search key → the resume's language. */
const keyOf = new Map<string, string>();
const langOfKey = new Map<string, Lang>();
const callers = new Map<Lang, Caller>();

beforeAll(async () => {
  database = await ownDatabase("relevance");
  db = createDb(database.url);
  await seedDemoWorldInto(db);
  const seekers = await db.user.findMany({
    where: { kind: "SEEKER", email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } },
    select: { email: true, locale: true, seekerProfile: { select: { searchKey: true } } },
  });
  for (const seeker of seekers) {
    const key = seeker.seekerProfile!.searchKey;
    keyOf.set(seeker.email.split("@")[0]!, key);
    langOfKey.set(key, seeker.locale.toLowerCase() as Lang);
  }
  await ensureIndex("resumes", name);
  index = resumeIndex(name);
  await writeDocuments(index, await buildDocuments(db, "RESUME", [...keyOf.values()], new Date()));
  // A company no demo seeker blocks; one member per query language keeps each within the
  // plan's searches per minute.
  const { company } = await createCompany(db, { plan: "pro" });
  for (const lang of ["en", "vi", "ja"] as const) {
    const { member } = await createEmployerMember(db, { companyId: company.id });
    callers.set(lang, { companyId: company.id, memberId: member.id });
  }
}, 120_000);

afterAll(async () => {
  await searchClient().deleteIndex(name).waitTask();
  await db?.$disconnect();
  await database?.drop();
});

describe("the resume search relevance set (demo world, real PostgreSQL and Meilisearch)", () => {
  it("judges at least 60 queries, 20 in each language, against seekers that exist", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    for (const lang of ["en", "vi", "ja"]) {
      expect(QUERIES.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(20);
    }
    const judged = [...QUERIES.flatMap((q) => q.mustFind), ...relevanceSet.neverFound];
    expect(judged.filter((seeker) => !keyOf.has(seeker))).toEqual([]);
  });

  it(`finds at least ${RECALL_FLOOR} of what each query must find in the first ${TOP}, per language pair, and never a hidden resume`, async () => {
    const pairs = new Map<string, { found: number; wanted: number }>();
    const misses: string[] = [];
    const hidden = new Set(relevanceSet.neverFound.map((seeker) => keyOf.get(seeker)));
    const leaks: string[] = [];
    for (const judged of QUERIES) {
      const result = await findCandidates(
        db,
        callers.get(judged.lang)!,
        { query: judged.query, pageSize: TOP },
        { index },
      );
      const ids = new Set(result.candidates.map((c) => c.id));
      for (const id of ids) if (hidden.has(id)) leaks.push(`${judged.query} → ${id}`);
      for (const seeker of judged.mustFind) {
        const key = keyOf.get(seeker)!;
        const pair = `${judged.lang}→${langOfKey.get(key)}`;
        const tally = pairs.get(pair) ?? { found: 0, wanted: 0 };
        tally.wanted += 1;
        if (ids.has(key)) tally.found += 1;
        else misses.push(`${judged.lang} "${judged.query}" missed ${seeker}`);
        pairs.set(pair, tally);
      }
    }
    const table = [...pairs]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([pair, { found, wanted }]) =>
          `${pair}: recall@${TOP} ${(found / wanted).toFixed(2)} (${found}/${wanted})`,
      );
    console.info(
      [
        `relevance set: ${QUERIES.length} queries (load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")})`,
        ...table,
        ...(misses.length ? ["missed:", ...misses] : []),
      ].join("\n"),
    );
    expect(leaks).toEqual([]);
    const below = [...pairs]
      .filter(([, { found, wanted }]) => found / wanted < RECALL_FLOOR)
      .map(([pair]) => pair);
    expect(below).toEqual([]);
  }, 120_000);
});
