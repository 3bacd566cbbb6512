/**
 * `pnpm bench`: the non-functional targets N1–N4 on a generated data set (default 100,000
 * resumes), against the same PostgreSQL and Meilisearch the product uses, N1 through the built
 * employer app over HTTP. Every figure is the median of `--rounds` rounds (at least 3); the load
 * average is printed at the start and end of each section. Prints a table and writes JSON to
 * bench-results/. Not part of `pnpm test`. `--quick`: 10,000 resumes and fewer samples, a short
 * check (explicit options still win).
 *
 *   pnpm bench [--quick] [--resumes 100000] [--concurrency 16] [--requests 800] [--rounds 3]
 *              [--companies 4] [--members 4] [--app-port 3900] [--privacy-samples 40]
 *              [--deletion-samples 20]
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { deleteSeekerAccount, findCandidates, LocalFileStore, saveProfilePhoto, type Caller } from "@tsunagu/api";
import { createSession } from "@tsunagu/auth";
import { createDb } from "@tsunagu/db";
import { applyMigrations } from "@tsunagu/db/migrate";
import { generateResumes, syntheticSeekers } from "@tsunagu/db/seed";
import { ensureSearchKeys, startLocalServices } from "@tsunagu/local-services";
import { reindexResumes, resumeIndex, runSearchWorker, searchClient, type ReindexResult } from "@tsunagu/search";
import { buildEmployerApp, serveEmployerApp } from "./employer-server";
import { describeMarkerShare, measureMarkerShare } from "./marker-share";
import { createSearchingCompanies, describePhases, measureN1, type N1Result } from "./n1";
import { generateBenchQueries } from "./queries";
import { medianOfRounds, medianRound, percentile, round1 as round } from "./stats";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    resumes: { type: "string" },
    concurrency: { type: "string" },
    requests: { type: "string" },
    rounds: { type: "string" },
    companies: { type: "string" },
    members: { type: "string" },
    "app-port": { type: "string" },
    "privacy-samples": { type: "string" },
    "deletion-samples": { type: "string" },
  },
});
const defaults = values.quick
  ? { resumes: 10_000, concurrency: 16, requests: 300, rounds: 3, companies: 4, members: 4, appPort: 3900, privacySamples: 12, deletionSamples: 6 }
  : { resumes: 100_000, concurrency: 16, requests: 800, rounds: 3, companies: 4, members: 4, appPort: 3900, privacySamples: 40, deletionSamples: 20 };
const option = (name: string, fallback: number) => {
  const value = values[name as keyof typeof values];
  const n = typeof value === "string" ? Number(value) : fallback;
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a positive whole number`);
  return n;
};
const resumes = option("resumes", defaults.resumes);
const concurrency = option("concurrency", defaults.concurrency);
const requests = option("requests", defaults.requests);
const rounds = option("rounds", defaults.rounds);
const companies = option("companies", defaults.companies);
const membersPerCompany = option("members", defaults.members);
const appPort = option("app-port", defaults.appPort);
const privacySamples = option("privacy-samples", defaults.privacySamples);
const deletionSamples = option("deletion-samples", defaults.deletionSamples);
if (rounds < 3) throw new Error("--rounds must be at least 3: every figure is a median of rounds");

/** The machine's load with every figure: a busy machine explains a slow one. */
const load = () => loadavg().map((n) => n.toFixed(2)).join(", ");
const log = (message: string) => console.info(`${message} (load average ${load()})`);
/** Load average (1, 5, 15 min) at the start and end of each section, printed and kept. */
const sectionLoad: Record<string, { start: string; end: string }> = {};
async function section<T>(name: string, message: string, work: () => Promise<T>): Promise<T> {
  const start = load();
  console.info(`${name}: ${message} (load average at start ${start})`);
  const result = await work();
  sectionLoad[name] = { start, end: load() };
  console.info(`${name}: done (load average at end ${sectionLoad[name].end})`);
  return result;
}
/** Splits samples taken one after another into `rounds` rounds, for a median of rounds. */
const inRounds = <T>(samples: readonly T[]) =>
  Array.from({ length: rounds }, (_, r) => samples.slice(Math.floor((r * samples.length) / rounds), Math.floor(((r + 1) * samples.length) / rounds))).filter((chunk) => chunk.length > 0);
/** p50 and p95 of each round, and their medians over the rounds. */
function latencyRounds(samples: readonly number[]) {
  const perRound = inRounds(samples).map((chunk) => ({ p50: round(percentile(chunk, 50)), p95: round(percentile(chunk, 95)) }));
  return { ...medianOfRounds(perRound), rounds: perRound };
}

// Built before anything is measured, so that compiling never shares the machine with a figure.
log("Building the employer app for production…");
await buildEmployerApp();

// A private, throw-away database and index unless the environment points at servers.
const services = await startLocalServices({ ephemeral: true, mail: false, stopOnSignals: true });
process.env.DATABASE_URL = services.databaseUrl;
process.env.MEILI_URL = services.meiliUrl;
process.env.MEILI_MASTER_KEY = services.meiliMasterKey;
// The bench builds its own indexes, as the tests do.
process.env.MEILI_API_KEY = services.meiliMasterKey;
process.env.MEILI_INDEX_PREFIX ??= "bench_";
process.env.SEARCH_TOKEN_SECRET = services.searchTokenSecret;
// Deletions keep keyed hashes of addresses (N4), keyed with the server secret.
process.env.AUTH_SECRET ??= services.authSecret;
// Enough connections for every concurrent client, as a production app server would be sized.
const db = createDb(services.databaseUrl, { poolSize: concurrency + 4 });

try {
  await applyMigrations(services.databaseUrl);

  // As the superuser the generator may skip row triggers and write one outbox event per
  // seeker itself (R3 still holds); the app role would fire every trigger (about 3x slower).
  const generatorUrl = new URL(services.adminDatabaseUrl);
  generatorUrl.pathname = new URL(services.databaseUrl).pathname;
  const generatedAt = new Date();
  const generated = await section("generate", `${resumes.toLocaleString("en")} resumes…`, async () => {
    const generation = new SingleBar({ format: "generate |{bar}| {value}/{total} resumes · {eta_formatted} left" }, Presets.shades_classic);
    generation.start(resumes, 0);
    const result = await generateResumes(generatorUrl.toString(), { count: resumes, seed: 7, now: generatedAt, onProgress: (n) => generation.update(n) });
    generation.stop();
    return result;
  });

  // The same seekers again, as data: which index documents carry the scrub marker, and whether
  // their free text really held personal data (the generator records where it wrote some).
  const markers = measureMarkerShare(syntheticSeekers({ count: resumes, seed: 7, now: generatedAt, runId: generated.runId }), generatedAt);

  // N3: full reindex, `rounds` times (each builds a fresh index and swaps it in).
  const reindexRounds = await section("N3", `full reindex of ${resumes.toLocaleString("en")} resumes, ${rounds} rounds…`, async () => {
    const done: ReindexResult[] = [];
    for (let r = 1; r <= rounds; r++) {
      const reindexBar = new SingleBar({ format: `reindex ${r}/${rounds} |{bar}| {value}/{total} resumes · {eta_formatted} left` }, Presets.shades_classic);
      reindexBar.start(resumes, 0);
      done.push(await reindexResumes(db, { onProgress: ({ done: n }) => reindexBar.update(n) }));
      reindexBar.stop();
    }
    return done;
  });
  // The median round, so that its scan and indexing tail are the parts of its total.
  const reindex = medianRound(reindexRounds, "seconds");

  // What a resume costs to hold (docs/scaling.md): the whole database and the index over them.
  const [size] = await db.$queryRaw<{ bytes: bigint }[]>`
    SELECT pg_database_size(current_database()) AS bytes`;
  const databaseBytes = size!.bytes;
  const indexStats = await resumeIndex().getStats();
  const meiliStats = await searchClient().getStats();
  const footprint = {
    databaseBytesPerResume: Math.round(Number(databaseBytes) / resumes),
    indexDocuments: indexStats.numberOfDocuments,
    indexRawDocumentBytesPerDocument: Math.round(indexStats.rawDocumentDbSize / Math.max(1, indexStats.numberOfDocuments)),
    meilisearchDatabaseBytesPerDocument: Math.round(meiliStats.databaseSize / Math.max(1, indexStats.numberOfDocuments)),
  };
  log(`footprint: ${JSON.stringify(footprint)}`);

  // Several companies with several members each, as real companies search.
  const now = new Date();
  const members = await createSearchingCompanies(db, { companies, membersPerCompany, now });
  const caller: Caller = { companyId: members[0]!.companyId, memberId: members[0]!.memberId };
  const index = resumeIndex();
  const queries = generateBenchQueries({ count: Math.max(500, requests * (rounds + 1)), seed: 11 });

  // N1: the same Meilisearch requests, raw over HTTP and through the employer app's tRPC
  // endpoint (session, entitlement, quotas, re-check, projection, output validation, HTTP).
  const searchKeys = await ensureSearchKeys(services.meiliUrl, services.meiliMasterKey, process.env.MEILI_INDEX_PREFIX);
  const appEnv: NodeJS.ProcessEnv = { ...process.env, MEILI_API_KEY: searchKeys["employer-app"], DATABASE_POOL_SIZE: String(concurrency + 4) };
  delete appEnv.MEILI_MASTER_KEY;
  const logDir = await mkdtemp(join(tmpdir(), "tsunagu-bench-logs-"));
  const app = await serveEmployerApp({ port: appPort, env: appEnv, logDir });
  let n1Result: N1Result;
  try {
    n1Result = await section("N1", `${rounds} rounds of ${requests} searches at ${concurrency} clients, ${members.length} members of ${companies} companies, raw Meilisearch and the API over HTTP…`, () =>
      measureN1({
        queries,
        members,
        appUrl: app.url,
        index,
        concurrency,
        requests,
        rounds,
        onRound: (r, f) => console.info(`  round ${r}: raw p95 ${f.rawP95} ms · API p95 ${f.apiP95} ms · ratio ${f.ratioP95} · cache hit rate ${f.cacheHitRate} (load average ${load()})`),
      }),
    );
  } catch (error) {
    console.error(`N1 failed; the employer app's log: ${app.logFile}`);
    throw error;
  } finally {
    await app.stop();
  }
  const { rounds: n1Rounds, phases: n1Phases, phasesP95: n1PhasesP95, ...n1 } = n1Result;
  await rm(logDir, { recursive: true, force: true });

  // N2: commit PRIVATE, then time until the document leaves the index, searching for it all
  // the while; any result that includes it after the commit is a leak.
  const n2Start = load();
  log(`N2: ${privacySamples} resumes switched to PRIVATE with the worker running…`);
  const controller = new AbortController();
  const worker = runSearchWorker({ databaseUrl: services.databaseUrl, signal: controller.signal, pollIntervalMs: 1000 });
  const victims = await db.seekerProfile.findMany({ where: { visibility: "SEARCHABLE" }, select: { id: true, searchKey: true, headline: true }, take: privacySamples, orderBy: { id: "desc" } });
  const leaveLatencies: number[] = [];
  let leaks = 0;
  for (const victim of victims) {
    await db.seekerProfile.update({ where: { id: victim.id }, data: { visibility: "PRIVATE" } });
    const committed = performance.now();
    for (;;) {
      const seen = await findCandidates(db, caller, { query: victim.headline ?? "", pageSize: 50 }, { index });
      if (seen.candidates.some((c) => c.id === victim.searchKey)) leaks += 1;
      const still = await index.getDocument(victim.searchKey).then(() => true, () => false);
      if (!still) break;
      if (performance.now() - committed > 30_000) throw new Error("A PRIVATE resume stayed in the index for 30 s");
    }
    leaveLatencies.push(performance.now() - committed);
  }
  const n2 = { ...latencyRounds(leaveLatencies), leaks };
  const loadAfterN2 = load();
  sectionLoad.N2 = { start: n2Start, end: loadAfterN2 };
  log("N2: done");

  // N4: a confirmed deletion until no copy remains, each checked directly: the person's rows,
  // sessions and queued mail in PostgreSQL, the index document, the photo in the file store.
  // Searches run all the while, as they would on a live platform.
  const n4Start = load();
  log(`N4: ${deletionSamples} account deletions while searches run…`);
  const photoDir = await mkdtemp(join(tmpdir(), "tsunagu-bench-files-"));
  const store = new LocalFileStore(photoDir);
  const photo = new Uint8Array(await readFile(fileURLToPath(new URL("../../../tests/e2e/files/camera-photo.jpg", import.meta.url))));
  const doomed = await db.seekerProfile.findMany({ where: { visibility: "SEARCHABLE" }, select: { userId: true, searchKey: true, user: { select: { email: true } } }, take: deletionSamples, orderBy: { id: "asc" } });
  for (const seeker of doomed) {
    await saveProfilePhoto(db, store, seeker.userId, photo);
    await createSession(db, { userId: seeker.userId, audience: "SEEKER" });
    await db.outboundEmail.create({ data: { userId: seeker.userId, toAddress: seeker.user.email, category: "INVITATIONS", template: "invitation-received", payload: {} } });
  }
  let searching = true;
  const background = (async () => {
    for (let i = 0; searching; i++) await findCandidates(db, caller, queries[i % queries.length]!.input, { index });
  })();
  // A failure below must surface, not the searches' own failure once the pool is closed.
  background.catch(() => undefined);
  const purgeLatencies: number[] = [];
  try {
  for (const seeker of doomed) {
    const keys = (await db.upload.findMany({ where: { ownerUserId: seeker.userId }, select: { storageKey: true } })).map((u) => u.storageKey);
    const started = performance.now();
    await deleteSeekerAccount(db, store, { userId: seeker.userId });
    for (;;) {
      const left =
        (await db.user.count({ where: { id: seeker.userId } })) +
        (await db.session.count({ where: { userId: seeker.userId } })) +
        (await db.outboundEmail.count({ where: { toAddress: seeker.user.email } })) +
        (await db.upload.count({ where: { ownerUserId: seeker.userId } })) +
        (await Promise.all(keys.map((key) => store.get(key)))).filter((file) => file !== null).length +
        (await index.getDocument(seeker.searchKey).then(() => 1, () => 0));
      if (left === 0) break;
      if (performance.now() - started > 120_000) throw new Error("A deleted account left a copy for 120 s");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    purgeLatencies.push(performance.now() - started);
  }
  } finally {
    searching = false;
  }
  await background;
  await rm(photoDir, { recursive: true, force: true });
  controller.abort();
  await worker;
  const n4 = { ...latencyRounds(purgeLatencies), max: round(Math.max(...purgeLatencies)) };
  sectionLoad.N4 = { start: n4Start, end: load() };
  log("N4: done");

  const results = {
    when: new Date().toISOString(),
    machine: { cpus: (await import("node:os")).availableParallelism(), node: process.version },
    dataSet: { resumes, generationSeconds: round(generated.elapsedMs / 1000), searchable: reindex.indexed },
    footprint,
    rounds,
    loadAverage: sectionLoad,
    N1: { concurrency, ...n1, redactionCacheHitRate: n1.cacheHitRate, phasesMeanMs: n1Phases, phasesP95Ms: n1PhasesP95, rounds: n1Rounds, target: "API p95 <= 1.5 x raw p95", met: n1.ratioP95 <= 1.5 },
    N2: { samples: victims.length, ...n2, target: "gone from the index within 1 s p95, 0 leaked results", met: n2.p95 <= 1000 && leaks === 0 },
    markerShare: { ...markers, projectionMs: round(markers.projectionMs), target: "markers only where the source held personal data", met: markers.falseMarkers === 0 && markers.unmarkedPersonalData === 0 },
    N4: { samples: doomed.length, ...n4, target: "no copy left within 60 s (aim 10 s)", met: n4.p95 <= 60_000, loadAverage: load() },
    loadAverageAfterN2: loadAfterN2,
    N3: {
      seconds: round(reindex.seconds),
      scanSeconds: round(reindex.scanSeconds),
      indexingTailSeconds: round(reindex.indexingTailSeconds),
      scanned: reindex.scanned,
      indexed: reindex.indexed,
      rounds: reindexRounds.map((r) => ({ seconds: round(r.seconds), scanSeconds: round(r.scanSeconds), indexingTailSeconds: round(r.indexingTailSeconds) })),
      target: "<= 60 s for 100,000 resumes",
      met: reindex.seconds <= 60,
    },
  };

  console.info(`\nEvery figure is the median of ${rounds} rounds. Load average (1, 5, 15 min) per section, start → end: ${Object.entries(sectionLoad).map(([name, l]) => `${name} ${l.start} → ${l.end}`).join(" · ")}\n`);
  console.info("| target | measured | goal | met |\n| --- | --- | --- | --- |");
  console.info(`| N1 API over HTTP vs raw Meilisearch, ${concurrency} clients, ${n1.members} members of ${n1.companies} companies | raw p50 ${n1.rawP50} ms, p95 ${n1.rawP95} ms · API p50 ${n1.apiP50} ms, p95 ${n1.apiP95} ms · ratio ${n1.ratioP95} (${n1.distinctQueries} distinct searches, redaction cache hit rate ${n1.cacheHitRate}; Meilisearch p95 as the API timed it ${n1.apiMeiliP95} ms) | ≤ 1.5 | ${results.N1.met ? "yes" : "NO"} |`);
  console.info(`| N2 PRIVATE → gone from index | p50 ${n2.p50} ms, p95 ${n2.p95} ms · ${leaks} leaked results | ≤ 1000 ms p95, 0 leaks | ${results.N2.met ? "yes" : "NO"} |`);
  console.info(`| N3 full reindex of ${resumes.toLocaleString("en")} | ${round(reindex.seconds)} s (${reindex.indexed.toLocaleString("en")} searchable; scan ${round(reindex.scanSeconds)} s, then indexing ${round(reindex.indexingTailSeconds)} s) | ≤ 60 s | ${results.N3.met ? "yes" : "NO"} |`);
  console.info(`| N4 deletion → no copy left (rows, sessions, queued mail, photo, index), ${doomed.length} deletions while searching | p50 ${n4.p50} ms, p95 ${n4.p95} ms, max ${n4.max} ms | ≤ 60 s (aim 10 s) | ${results.N4.met ? "yes" : "NO"} |`);
  console.info(`| scrub marker in index documents | ${describeMarkerShare(markers)} | 0 false markers, 0 unmarked | ${results.markerShare.met ? "yes" : "NO"} |`);
  console.info(`\nN1 per API request, mean ms (median of rounds): ${describePhases(n1Phases)}`);
  console.info(`N1 per API request, p95 ms of each phase (median of rounds): ${describePhases(n1PhasesP95)}`);
  console.info(`Load average (1, 5, 15 min) at the end: ${load()}`);
  const dir = fileURLToPath(new URL("../../../bench-results/", import.meta.url));
  await mkdir(dir, { recursive: true });
  const file = join(dir, `bench-${results.when.replace(/[:.]/g, "-")}.json`);
  await writeFile(file, JSON.stringify(results, null, 2) + "\n");
  console.info(`\nWrote ${file}`);
} finally {
  await db.$disconnect();
  await services.stop();
}
