import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  MeilisearchChecksumError,
  MEILISEARCH_SHA256,
  prepareMeilisearchBinary,
} from "./meilisearch-binary";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "meili-binary-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha256 = (content: string) => createHash("sha256").update(content).digest("hex");

describe("prepareMeilisearchBinary", () => {
  it("refuses a binary whose checksum does not match and copies nothing", async () => {
    const source = join(dir, "meilisearch-tampered");
    await writeFile(source, "#!/bin/sh\necho not meilisearch\n");
    const binDir = join(dir, "bin");

    const attempt = prepareMeilisearchBinary({ binDir, source });

    await expect(attempt).rejects.toBeInstanceOf(MeilisearchChecksumError);
    await expect(attempt).rejects.toThrow(/Refusing to run Meilisearch.*expected 5354d854/);
    await expect(stat(join(binDir, "meilisearch"))).rejects.toThrow(/ENOENT/);
  });

  it("replaces a tampered cached copy with a verified one", async () => {
    const genuine = "genuine binary";
    const source = join(dir, "source");
    await writeFile(source, genuine);
    const binDir = join(dir, "bin");
    await prepareMeilisearchBinary({ binDir, source, expectedSha256: sha256(genuine) });
    await writeFile(join(binDir, "meilisearch"), "tampered");

    const prepared = await prepareMeilisearchBinary({
      binDir,
      source,
      expectedSha256: sha256(genuine),
    });

    expect(prepared).toEqual({ path: join(binDir, "meilisearch"), verified: true });
    expect(await readFile(prepared.path, "utf8")).toBe(genuine);
    expect((await stat(prepared.path)).mode & 0o777).toBe(0o755);
  });

  it("runs a MEILI_BIN override as is and reports it as unverified", async () => {
    const prepared = await prepareMeilisearchBinary({
      binDir: join(dir, "bin"),
      overrideBinary: "/opt/meilisearch",
    });
    expect(prepared).toEqual({ path: "/opt/meilisearch", verified: false });
  });

  it("pins the official 1.21.0 build", () => {
    expect(MEILISEARCH_SHA256).toBe(
      "5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0",
    );
  });
});
