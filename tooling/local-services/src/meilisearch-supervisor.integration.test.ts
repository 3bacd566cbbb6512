import { access, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMeilisearch, type RunningMeilisearch } from "./meilisearch";
import { superviseMeilisearch } from "./meilisearch-supervisor";

let dataDir: string;
let meili: RunningMeilisearch;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "meili-supervised-"));
  meili = await startMeilisearch({ dataDir });
});
afterAll(async () => {
  await meili.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const healthy = () =>
  fetch(`${meili.url}/health`).then(
    (response) => response.ok,
    () => false,
  );

/** Until the process is gone and reaped (Node emits `exit` when it reaps it). */
async function exitOf(pid: number): Promise<void> {
  const exists = () =>
    access(`/proc/${pid}`).then(
      () => true,
      () => false,
    );
  while (await exists()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("superviseMeilisearch", () => {
  it("restarts a Meilisearch that dies, says so, and gives up after the limit", async () => {
    const said: string[] = [];
    const supervisor = superviseMeilisearch(meili, {
      maxRestarts: 2,
      delayMs: () => 0,
      say: (m) => said.push(m),
    });

    for (const attempt of [1, 2]) {
      const pid = meili.pid;
      process.kill(pid, "SIGKILL");
      await exitOf(pid);
      await supervisor.settled();
      expect(meili.pid).not.toBe(pid);
      expect(await healthy()).toBe(true);
      expect(said.slice(-2)).toEqual([
        `Meilisearch exited unexpectedly (killed by SIGKILL); restarting it (${attempt} of 2 within 60 s)…`,
        expect.stringMatching(new RegExp(`^Meilisearch is back at ${meili.url} after \\d+ ms\\.$`)),
      ]);
    }

    process.kill(meili.pid, "SIGKILL");
    await exitOf(meili.pid);
    await supervisor.settled();
    expect(meili.running).toBe(false);
    expect(said.at(-1)).toMatch(
      /^Meilisearch exited unexpectedly \(killed by SIGKILL\) after 2 restarts within 60 s; not restarting it again\..*meilisearch\.log$/,
    );

    // A deliberate stop and start is no crash.
    await meili.restart();
    await meili.stop();
    expect(said).toHaveLength(5);
    supervisor.stop();
  }, 60_000);
});
