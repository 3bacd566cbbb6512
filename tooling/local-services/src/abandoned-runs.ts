import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Prefix of the temporary directories that ephemeral (test) services live in. */
export const EPHEMERAL_PREFIX = "tsunagu-services-";
const OWNER_FILE = "owner.pid";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readPid(file: string): Promise<number | undefined> {
  const content = await readFile(file, "utf8").catch(() => "");
  const pid = Number.parseInt(content.split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Kills `pid` only if it still runs the expected program (pids get reused). */
async function killIf(
  pid: number | undefined,
  program: string,
  signal: NodeJS.Signals,
): Promise<void> {
  if (pid === undefined) return;
  const command = await readFile(`/proc/${pid}/comm`, "utf8").catch(() => "");
  if (command.trim() !== program) return;
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

/** Marks an ephemeral directory as belonging to this process. */
export function claimEphemeralDir(dir: string): Promise<void> {
  return writeFile(join(dir, OWNER_FILE), `${process.pid}\n`);
}

/**
 * Stops servers and deletes data left by ephemeral runs whose process died without cleaning up
 * (a killed test run, a CI timeout), so they do not pile up across runs.
 */
export async function reapAbandonedEphemeralRuns(): Promise<void> {
  const root = tmpdir();
  const entries = await readdir(root).catch(() => [] as string[]);
  for (const entry of entries.filter((name) => name.startsWith(EPHEMERAL_PREFIX))) {
    const dir = join(root, entry);
    const owner = await readPid(join(dir, OWNER_FILE));
    if (owner !== undefined && isAlive(owner)) continue;
    if (owner === undefined) {
      // Just created by a run that has not written its owner file yet?
      const info = await stat(dir).catch(() => undefined);
      if (!info || Date.now() - info.mtimeMs < 60_000) continue;
    }
    // SIGQUIT: immediate shutdown, fine for data that is about to be deleted.
    await killIf(
      await readPid(join(dir, "postgres", "cluster", "postmaster.pid")),
      "postgres",
      "SIGQUIT",
    );
    await killIf(
      await readPid(join(dir, "meilisearch", "meilisearch.pid")),
      "meilisearch",
      "SIGKILL",
    );
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
