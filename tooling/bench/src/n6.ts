/**
 * N6: after Meilisearch comes back from an outage, the index converges within 2 s. With the
 * search worker running as in production (its own process), each round stops Meilisearch,
 * commits changes that go through the outbox (half the resumes turned PRIVATE, which must
 * leave the index, half with a new headline, which the index must show), waits until the worker
 * has tried and failed, starts Meilisearch again and polls the documents until every change is
 * visible. Timed from the moment Meilisearch answers again.
 */
import type { Db } from "@tsunagu/db";
import type { RunningMeilisearch } from "@tsunagu/local-services";
import type { Index } from "meilisearch";
import { median, round1 } from "./stats";

export interface N6Round {
  /** From Meilisearch answering again to every change visible in the index. */
  convergedMs: number;
  /** How long Meilisearch was down. */
  outageMs: number;
  /** How long Meilisearch took to start and answer /health (not part of convergence). */
  restartMs: number;
  /**
   * From Meilisearch answering to the worker saying so (its /health probe); the rest is applying
   * the changes. Slightly negative when its probe beat the bench's own to the restarted server.
   */
  workerNoticedMs: number | null;
  changes: number;
}

export interface N6Result {
  convergedMs: number;
  maxConvergedMs: number;
  rounds: N6Round[];
}

/** The median convergence over rounds, and the worst one. */
export function summariseN6(rounds: readonly N6Round[]): N6Result {
  if (rounds.length === 0) throw new Error("No rounds to take the median of");
  const times = rounds.map((r) => r.convergedMs);
  return { convergedMs: round1(median(times)), maxConvergedMs: round1(Math.max(...times)), rounds: [...rounds] };
}

/** The changes of one round: the first half of `keys` is hidden, the rest gets `headline`. */
export function splitChanges<T>(profiles: readonly T[]): { hidden: T[]; edited: T[] } {
  const half = Math.ceil(profiles.length / 2);
  return { hidden: profiles.slice(0, half), edited: profiles.slice(half) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until no outbox event is pending, so a round starts from an index in step. */
export async function waitForEmptyOutbox(db: Db, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await db.searchOutboxEvent.count({ where: { processedAt: null } })) > 0) {
    if (Date.now() > deadline) throw new Error(`The outbox did not drain within ${timeoutMs / 1000} s: is the search worker running?`);
    await sleep(50);
  }
}

export async function measureN6(options: {
  db: Db;
  meilisearch: RunningMeilisearch;
  index: Index;
  changes: number;
  rounds: number;
  /** Least time Meilisearch stays down, so the worker meets the outage on more than one try. */
  outageMs?: number;
  /** How many outages the worker has reported so far (it says so once per outage). */
  outagesNoticed: () => number;
  /** When (performance.now()) the worker last said Meilisearch was back, if it has. */
  lastRecoveredAt: () => number | null;
  onRound?: (round: number, figures: N6Round) => void;
}): Promise<N6Result> {
  const { db, meilisearch, index, changes, rounds, outageMs = 3_000 } = options;
  const present = (key: string) => index.getDocument(key, { fields: ["headline"] }).then((doc) => doc as { headline?: string }, () => null);
  const done: N6Round[] = [];
  for (let r = 1; r <= rounds; r++) {
    await waitForEmptyOutbox(db, 120_000);
    // Resumes the index holds now (searchable is not enough: consent and other gates apply).
    const { results: indexed } = await index.getDocuments<{ id: string }>({ limit: changes, fields: ["id"] });
    const profiles = await db.seekerProfile.findMany({ where: { searchKey: { in: indexed.map((d) => d.id) } }, select: { id: true, searchKey: true }, orderBy: { id: "asc" } });
    if (profiles.length < changes) throw new Error(`N6: the index holds only ${profiles.length} resumes to change, ${changes} asked for`);
    const { hidden, edited } = splitChanges(profiles);
    const headline = `Outage round ${r} inspector`;

    const noticedBefore = options.outagesNoticed();
    await meilisearch.stop();
    const stopped = performance.now();
    await db.seekerProfile.updateMany({ where: { id: { in: hidden.map((p) => p.id) } }, data: { visibility: "PRIVATE" } });
    for (const p of edited) await db.seekerProfile.update({ where: { id: p.id }, data: { headline } });
    const keys = profiles.map((p) => p.searchKey);
    // The worker met the outage, as it would in production: it tried these events and failed,
    // or (polling) found Meilisearch gone and now waits for it to answer.
    for (;;) {
      const tried = await db.searchOutboxEvent.count({ where: { aggregateId: { in: keys }, attempts: { gt: 0 } } });
      if (tried > 0 || options.outagesNoticed() > noticedBefore) break;
      if (performance.now() - stopped > 30_000) throw new Error("N6: the worker did not notice the outage within 30 s");
      await sleep(50);
    }
    while (performance.now() - stopped < outageMs) await sleep(50);

    const restarting = performance.now();
    await meilisearch.restart();
    const back = performance.now();
    for (;;) {
      const docs = await Promise.all(profiles.map((p) => present(p.searchKey)));
      const converged = docs.every((doc, i) => (i < hidden.length ? doc === null : doc?.headline === headline));
      if (converged) break;
      if (performance.now() - back > 60_000) throw new Error("N6: the index did not converge within 60 s of Meilisearch coming back");
      await sleep(20);
    }
    const recovered = options.lastRecoveredAt();
    const figures: N6Round = {
      convergedMs: round1(performance.now() - back),
      workerNoticedMs: recovered !== null && recovered > stopped ? round1(recovered - back) : null,
      outageMs: round1(back - stopped),
      restartMs: round1(back - restarting),
      changes: profiles.length,
    };
    done.push(figures);
    options.onRound?.(r, figures);
  }
  return summariseN6(done);
}
