import { chmod, mkdtemp, readFile, readlink, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { findRunningPostgres, resolvePostgresBinaries, startPostgres } from "./postgres";
import { RELOCATION_ROOT } from "./postgres-layout";

/**
 * Only root runs PostgreSQL as another user (the `postgres` user, since PostgreSQL refuses to run
 * as root); for anyone else the server can always reach its own user's checkout.
 */
describe.runIf(process.getuid?.() === 0)(
  "as root, with the checkout in a directory only root may enter",
  () => {
    const cleanup: string[] = [];
    afterAll(async () => {
      // Only what this test made: its checkout stand-in and its directories under /var/tmp.
      for (const path of cleanup) {
        const ours =
          path.startsWith(`${tmpdir()}/closed-checkout-`) ||
          path.startsWith(`${RELOCATION_ROOT}/tsunagu-postgres-`);
        if (!ours) throw new Error(`Refusing to delete ${path}: this test did not make it.`);
        await rm(path, { recursive: true, force: true });
      }
    });

    it("runs PostgreSQL from copies it can reach, keeps its cluster outside, and says where", async () => {
      // Like a checkout in /root: mode 700, with node_modules (the binaries) and .data inside.
      const closed = await mkdtemp(join(tmpdir(), "closed-checkout-"));
      cleanup.push(closed);
      await chmod(closed, 0o700);
      const nativeDir = dirname(dirname(resolvePostgresBinaries().postgres));
      await symlink(nativeDir, join(closed, "native"));
      const dataDir = join(closed, ".data", "postgres");
      const notices: string[] = [];

      const server = await startPostgres({
        dataDir,
        durability: "ephemeral",
        binaries: {
          initdb: join(closed, "native/bin/initdb"),
          postgres: join(closed, "native/bin/postgres"),
        },
        onNotice: (notice) => notices.push(notice),
      });
      const clusterDir = (await readFile(join(dataDir, "cluster-location"), "utf8")).trim();
      const executable = await readlink(`/proc/${server.pid}/exe`);
      try {
        const client = new pg.Client({ connectionString: server.url });
        await client.connect();
        const { rows } = await client.query<{ user: string }>("SELECT current_user AS user");
        await client.end();
        expect(rows).toEqual([{ user: "tsunagu" }]);

        expect(executable).toMatch(
          new RegExp(`^${RELOCATION_ROOT}/tsunagu-postgres-bin-[0-9a-f]{16}/native/bin/postgres$`),
        );
        expect(clusterDir).toMatch(
          new RegExp(`^${RELOCATION_ROOT}/tsunagu-postgres-data-[0-9a-f]{16}/cluster$`),
        );
        // <root>/tsunagu-postgres-bin-<hash>/native/bin/postgres → <root>/tsunagu-postgres-bin-<hash>
        cleanup.push(dirname(clusterDir), dirname(dirname(dirname(executable))));
        expect(notices).toEqual([
          expect.stringContaining("its binaries are copied to /var/tmp/tsunagu-postgres-bin-"),
          expect.stringContaining(`cannot enter ${dataDir}; its cluster lives in ${clusterDir}`),
        ]);
        expect(await findRunningPostgres(dataDir)).toEqual({ url: server.url, pid: server.pid });
      } finally {
        await server.stop();
      }
    }, 120_000);
  },
);
