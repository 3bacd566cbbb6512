import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMeilisearch, type RunningMeilisearch } from "./meilisearch";

const authorised = (key: string) => ({
  Authorization: `Bearer ${key}`,
  "Content-Type": "application/json",
});

describe("the test run's Meilisearch", () => {
  it("answers with the master key from the environment and refuses requests without it", async () => {
    const url = process.env.MEILI_URL as string;
    const key = process.env.MEILI_MASTER_KEY as string;

    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect((await fetch(`${url}/indexes`, { headers: authorised(key) })).status).toBe(200);
    expect((await fetch(`${url}/indexes`)).status).toBe(401);
    expect(process.env.MEILI_INDEX_PREFIX).toMatch(/^w\d+_$/);
  });
});

describe("startMeilisearch", () => {
  let dataDir: string;
  let meili: RunningMeilisearch;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "meili-test-"));
    meili = await startMeilisearch({ dataDir });
  });
  afterAll(async () => {
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function createIndex(uid: string): Promise<void> {
    const response = await fetch(`${meili.url}/indexes`, {
      method: "POST",
      headers: authorised(meili.masterKey),
      body: JSON.stringify({ uid }),
    });
    const { taskUid } = (await response.json()) as { taskUid: number };
    for (;;) {
      const task = (await fetch(`${meili.url}/tasks/${taskUid}`, {
        headers: authorised(meili.masterKey),
      }).then((r) => r.json())) as { status: string };
      if (task.status === "succeeded") return;
      if (task.status === "failed") throw new Error("index creation failed");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("binds to loopback with a master key of at least 16 bytes", () => {
    expect(meili.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Buffer.from(meili.masterKey, "hex").length).toBeGreaterThanOrEqual(16);
  });

  it("gets the master key through its environment, never its arguments (which `ps` shows anyone)", async () => {
    const argv = (await readFile(`/proc/${meili.pid}/cmdline`, "utf8")).split("\0");
    expect(argv[0]).toMatch(/meilisearch$/);
    expect(argv).toContain("--http-addr");
    expect(argv.join(" ")).not.toContain(meili.masterKey);
    expect(argv.join(" ")).not.toMatch(/master-key/);
    const environment = (await readFile(`/proc/${meili.pid}/environ`, "utf8")).split("\0");
    expect(environment).toContain(`MEILI_MASTER_KEY=${meili.masterKey}`);
    // The key works, so the server really took it from there.
    expect(
      (await fetch(`${meili.url}/keys`, { headers: authorised(meili.masterKey) })).status,
    ).toBe(200);
    expect((await fetch(`${meili.url}/keys`, { headers: authorised("0".repeat(64)) })).status).toBe(
      403,
    );
  });

  it("can be stopped to simulate an outage and restarted on the same port with its data", async () => {
    await createIndex("resumes");
    const firstPid = meili.pid;

    await meili.stop();
    expect(meili.running).toBe(false);
    await expect(fetch(`${meili.url}/health`)).rejects.toThrow();

    await meili.restart();
    expect(meili.running).toBe(true);
    expect(meili.pid).not.toBe(firstPid);
    const index = await fetch(`${meili.url}/indexes/resumes`, {
      headers: authorised(meili.masterKey),
    });
    expect(index.status).toBe(200);
  });
});
