import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { prepareMeilisearchBinary } from "./meilisearch-binary";
import { defaultBinDir } from "./paths";
import { LOOPBACK, findFreePort, isPortFree } from "./ports";
import { forEachLine, hasExited, logToFile, OutputTail, stopChild } from "./processes";
import { readOrCreateSecret } from "./secrets";

export interface MeilisearchStartOptions {
  /** Holds `db/`, `dumps/`, `snapshots/`, the master key and `meilisearch.log`. */
  dataDir: string;
  /** Where the verified executable copy lives; defaults to `<repo>/.data/bin`. */
  binDir?: string;
  port?: number;
  /** Another binary to run (normally from MEILI_BIN); it is not checksummed. */
  overrideBinary?: string;
  /** Told when the binary is not the verified one, so the choice is never silent. */
  onNotice?: (message: string) => void;
}

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  port: number;
  /** Pid of the current server process; changes after `restart()`. */
  readonly pid: number;
  readonly running: boolean;
  /** Where the server's output goes (appended across restarts). */
  logFile: string;
  /**
   * Calls `listener` whenever the server exits without `stop()` or `restart()` asking it to
   * (a crash, an OOM kill, someone's `kill`), so a supervisor can start it again.
   */
  onUnexpectedExit(
    listener: (exit: { code: number | null; signal: NodeJS.Signals | null }) => void,
  ): void;
  /** Stops the server (SIGTERM, then SIGKILL); data stays. Tests use it to simulate an outage. */
  stop(): Promise<void>;
  /** Starts again on the same port with the same data and key (after `stop()` or a crash). */
  restart(): Promise<void>;
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  tail: OutputTail,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (hasExited(child)) {
      throw new Error(
        `Meilisearch exited during start (exit ${child.exitCode ?? child.signalCode}):\n${tail.toString()}`,
      );
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Meilisearch did not report healthy within ${timeoutMs / 1000} s:\n${tail.toString()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The server's whole environment. The master key goes here, never on the command line: any user
 * of the machine can read a process's arguments (`ps`, /proc/<pid>/cmdline), only its owner and
 * root its environment. Nothing else is inherited, so no MEILI_* variable of the caller's shell
 * can change how the server runs.
 */
function meilisearchEnv(masterKey: string): NodeJS.ProcessEnv {
  const inherited = ["PATH", "HOME", "TMPDIR", "LANG"].filter((name) => process.env[name]);
  const env = Object.fromEntries(inherited.map((name) => [name, process.env[name]])) as NodeJS.ProcessEnv;
  env.MEILI_MASTER_KEY = masterKey;
  return env;
}

/**
 * Starts the Meilisearch binary on 127.0.0.1 with a generated master key (persisted in `dataDir`,
 * so restarts keep working with existing indexes) and waits until `/health` answers.
 */
export async function startMeilisearch(
  options: MeilisearchStartOptions,
): Promise<RunningMeilisearch> {
  const { dataDir } = options;
  const binary = await prepareMeilisearchBinary({
    binDir: options.binDir ?? defaultBinDir(),
    overrideBinary: options.overrideBinary,
  });
  if (!binary.verified) {
    (options.onNotice ?? console.warn)(
      `Meilisearch: running ${binary.path} from MEILI_BIN without checksum verification.`,
    );
  }
  await Promise.all(
    ["db", "dumps", "snapshots"].map((dir) => mkdir(join(dataDir, dir), { recursive: true })),
  );
  // 32 bytes of randomness, hex-encoded: well above Meilisearch's 16-byte minimum.
  const masterKey = await readOrCreateSecret(join(dataDir, "master-key"), 32);
  const port = options.port ?? (await findFreePort());
  const url = `http://${LOOPBACK}:${port}`;

  let child: ChildProcess | undefined;
  let stopping = false;
  const exitListeners: Array<Parameters<RunningMeilisearch["onUnexpectedExit"]>[0]> = [];
  const logFile = join(dataDir, "meilisearch.log");

  const launch = async () => {
    if (!(await isPortFree(port))) {
      throw new Error(`Cannot start Meilisearch: ${LOOPBACK}:${port} is already in use.`);
    }
    const tail = new OutputTail();
    const process_ = spawn(
      binary.path,
      [
        "--http-addr",
        `${LOOPBACK}:${port}`,
        "--db-path",
        join(dataDir, "db"),
        "--dump-dir",
        join(dataDir, "dumps"),
        "--snapshot-dir",
        join(dataDir, "snapshots"),
        "--no-analytics",
        "--env",
        "development",
        // Measured on 2-core machines: faster than the RAM-sized default and ~280 MB instead of ~1 GB.
        "--max-indexing-memory",
        "256MiB",
        // Meilisearch's default is half the cores: one thread on these 2-core machines, which
        // made a full reindex wait on a single core (N3). Search stays responsive meanwhile:
        // indexing yields between batches.
        "--max-indexing-threads",
        String(availableParallelism()),
      ],
      { env: meilisearchEnv(masterKey), stdio: ["ignore", "pipe", "pipe"] },
    );
    logToFile(process_, logFile);
    // Lets a later run find and stop this server if our process dies without stopping it.
    if (process_.pid !== undefined)
      await writeFile(join(dataDir, "meilisearch.pid"), `${process_.pid}\n`);
    forEachLine(process_.stdout, (line) => tail.push(line));
    forEachLine(process_.stderr, (line) => tail.push(line));
    const spawnError = new Promise<never>((_, reject) => process_.once("error", reject));
    try {
      await Promise.race([waitForHealth(url, process_, tail, 30_000), spawnError]);
    } catch (error) {
      await stopChild(process_, { graceMs: 2_000 });
      throw error;
    }
    child = process_;
    process_.once("exit", (code, signal) => {
      if (!stopping && child === process_)
        for (const listener of exitListeners) listener({ code, signal });
    });
  };

  const stop = async () => {
    stopping = true;
    try {
      if (child && !hasExited(child))
        await stopChild(child, { signal: "SIGTERM", graceMs: 10_000 });
    } finally {
      stopping = false;
    }
  };

  await launch();
  return {
    url,
    masterKey,
    port,
    get pid() {
      return child?.pid ?? -1;
    },
    get running() {
      return child !== undefined && !hasExited(child);
    },
    logFile,
    onUnexpectedExit(listener) {
      exitListeners.push(listener);
    },
    stop,
    async restart() {
      await stop();
      await launch();
    },
  };
}
