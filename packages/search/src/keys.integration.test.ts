import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@tsunagu/db";
import { createSeeker } from "@tsunagu/db/testing";
import { TASK_WAIT } from "./client";
import { ensureSearchKeys, SEARCH_KEY_ROLES, searchKeyUid, type SearchKeys } from "./keys";
import { JOB_INDEX_SETTINGS, RESUME_INDEX_SETTINGS } from "./settings";

const url = process.env.MEILI_URL!;
const masterKey = process.env.MEILI_MASTER_KEY!;
// Keys are server-wide: a prefix of this file's own keeps them apart from other test files.
const prefix = `${process.env.MEILI_INDEX_PREFIX}keys${randomUUID().slice(0, 8)}_`;
const master = new Meilisearch({ host: url, apiKey: masterKey, defaultWaitOptions: TASK_WAIT });
const db = createDb(process.env.DATABASE_URL!);
let keys: SearchKeys;

async function call(key: string, method: string, path: string, body?: unknown): Promise<number> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await response.body?.cancel();
  return response.status;
}

beforeAll(async () => {
  await master.createIndex(`${prefix}resumes`, { primaryKey: "id" }).waitTask();
  await master.createIndex(`${prefix}jobs`, { primaryKey: "id" }).waitTask();
  await master.index(`${prefix}resumes`).updateSettings(RESUME_INDEX_SETTINGS).waitTask();
  await master.index(`${prefix}jobs`).updateSettings(JOB_INDEX_SETTINGS).waitTask();
  keys = await ensureSearchKeys({ url, masterKey, prefix });
});

afterAll(async () => {
  await Promise.all(
    SEARCH_KEY_ROLES.map((role) =>
      master.deleteKey(searchKeyUid(role, prefix)).catch(() => undefined),
    ),
  );
  const { results } = await master.getIndexes({ limit: 1000 });
  await Promise.all(
    results
      .filter((i) => i.uid.startsWith(prefix))
      .map((i) => master.deleteIndex(i.uid).waitTask()),
  );
  await db.$disconnect();
});

describe("Meilisearch role keys", () => {
  it("are created once: a second run returns the same keys, and a changed grant is put right under the same key", async () => {
    expect(await ensureSearchKeys({ url, masterKey, prefix })).toEqual(keys);
    expect(new Set(Object.values(keys)).size).toBe(SEARCH_KEY_ROLES.length);

    // Someone widened the employer app's key by hand.
    const uid = searchKeyUid("employer-app", prefix);
    await master.deleteKey(uid);
    await master.createKey({ uid, actions: ["*"], indexes: ["*"], expiresAt: null });
    expect(await ensureSearchKeys({ url, masterKey, prefix })).toEqual(keys);
    expect(await master.getKey(uid)).toMatchObject({
      actions: ["search"],
      indexes: [`${prefix}resumes`],
    });
  });

  it("give the apps search only, on their own index: no documents route, no writes, no settings", async () => {
    const resumes = `/indexes/${prefix}resumes`;
    const jobs = `/indexes/${prefix}jobs`;
    const employer = keys["employer-app"];
    expect(await call(employer, "POST", `${resumes}/search`, { q: "" })).toBe(200);
    expect(await call(employer, "GET", `${resumes}/documents`)).toBe(403);
    expect(await call(employer, "POST", `${resumes}/documents/fetch`, {})).toBe(403);
    expect(await call(employer, "POST", `${resumes}/documents`, [{ id: "x" }])).toBe(403);
    expect(
      await call(employer, "PATCH", `${resumes}/settings`, { filterableAttributes: ["x"] }),
    ).toBe(403);
    expect(await call(employer, "POST", `${jobs}/search`, { q: "" })).toBe(403);

    const seeker = keys["seeker-app"];
    expect(await call(seeker, "POST", `${jobs}/search`, { q: "" })).toBe(200);
    expect(await call(seeker, "POST", `${resumes}/search`, { q: "" })).toBe(403);
    expect(await call(seeker, "POST", `${jobs}/documents`, [{ id: "x" }])).toBe(403);
    expect(await call(seeker, "GET", `${jobs}/documents`)).toBe(403);
    expect(await call(seeker, "PATCH", `${jobs}/settings`, { searchableAttributes: ["x"] })).toBe(
      403,
    );

    // Another environment's index on the same server is out of reach too.
    expect(await call(employer, "POST", `/indexes/${prefix}other_resumes/search`, { q: "" })).toBe(
      403,
    );
  });

  it("give the admin app document counts and nothing else", async () => {
    const admin = keys["admin-app"];
    expect(await call(admin, "GET", `/indexes/${prefix}resumes/stats`)).toBe(200);
    expect(await call(admin, "GET", `/indexes/${prefix}jobs/stats`)).toBe(200);
    expect(await call(admin, "POST", `/indexes/${prefix}resumes/search`, { q: "" })).toBe(403);
    expect(await call(admin, "GET", `/indexes/${prefix}resumes/documents`)).toBe(403);
  });

  it("do not let the indexer manage keys", async () => {
    const indexer = keys.indexer;
    expect(await call(indexer, "GET", "/keys")).toBe(403);
    expect(
      await call(indexer, "POST", "/keys", { actions: ["*"], indexes: ["*"], expiresAt: null }),
    ).toBe(403);
    expect(await call(indexer, "DELETE", `/keys/${searchKeyUid("seeker-app", prefix)}`)).toBe(403);
    expect(await call(indexer, "POST", `/indexes/${prefix}resumes/search`, { q: "" })).toBe(403);
  });

  it("give pnpm search:reindex and search:verify --repair all they need with the indexer key", async () => {
    const seekers = await Promise.all([
      createSeeker(db, { searchable: true }),
      createSeeker(db, { searchable: true }),
    ]);
    const run = (script: string, ...args: string[]) =>
      new Promise<{ code: number; output: string }>((resolve) => {
        execFile(
          process.execPath,
          [
            "--import",
            "tsx",
            fileURLToPath(new URL(`./cli/${script}.ts`, import.meta.url)),
            ...args,
          ],
          {
            env: {
              ...process.env,
              MEILI_MASTER_KEY: "",
              MEILI_API_KEY: keys.indexer,
              MEILI_INDEX_PREFIX: prefix,
            },
          },
          (error, stdout, stderr) =>
            resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
        );
      });

    const reindex = await run("reindex");
    expect(reindex).toMatchObject({
      code: 0,
      output: expect.stringContaining("the new index is live"),
    });
    const index = master.index(`${prefix}resumes`);
    await expect(index.getDocument(seekers[0]!.profile.searchKey)).resolves.toBeTruthy();

    await db.seekerProfile.update({
      where: { id: seekers[0]!.profile.id },
      data: { visibility: "PRIVATE" },
    });
    const repair = await run("verify", "--repair");
    expect(repair).toMatchObject({ code: 0, output: expect.stringContaining("Repaired") });
    await expect(index.getDocument(seekers[0]!.profile.searchKey)).rejects.toThrow();
    expect(await run("verify")).toMatchObject({
      code: 0,
      output: expect.stringContaining("No drift"),
    });
  }, 60_000);
});
