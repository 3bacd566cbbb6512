import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPostgres } from "@tsunagu/local-services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandDatabase } from "./command-database";

// Used as the server's own data directory (`.data/postgres` in a checkout), which startPostgres
// opens to the postgres user when it runs as root; a closed parent would move the cluster out.
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "command-database-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("the database an operator command uses (pnpm admin:create)", () => {
  it("is DATABASE_URL when it is set, without a word", async () => {
    const url = "postgresql://ops@db.internal:5432/tsunagu";
    expect(await commandDatabase({ DATABASE_URL: url }, { dataDir })).toEqual({ url });
  });

  it("is otherwise the one pnpm dev runs for the checkout, named without its password", async () => {
    const server = await startPostgres({
      dataDir,
      durability: "ephemeral",
    });
    let found;
    try {
      found = await commandDatabase({}, { dataDir });
    } finally {
      await server.stop();
    }
    const password = new URL(server.url).password;
    expect(found).toEqual({
      url: server.url,
      notice: expect.stringContaining(`127.0.0.1:${server.port}/tsunagu`),
    });
    expect("notice" in found && found.notice).not.toContain(password);

    expect(await commandDatabase({}, { dataDir })).toEqual({
      problem: expect.stringMatching(
        /DATABASE_URL is not set, and no pnpm dev is running in this checkout/,
      ),
    });
  }, 60_000);
});
