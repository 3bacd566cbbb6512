import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { forEachLine, logToFile, OutputTail, stopChild } from "@tsunagu/local-services/processes";

export interface LoggedProcess {
  child: ChildProcess;
  logFile: string;
  /** The last lines it printed, for error messages. */
  tail: OutputTail;
  stop(): Promise<void>;
}

/**
 * A `pnpm` child whose output goes to `<logDir>/<name>.log` instead of the test report, in its own
 * process group so that stopping it stops everything pnpm started.
 */
export function spawnLogged(options: {
  name: string;
  pnpmArgs: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logDir: string;
}): LoggedProcess {
  mkdirSync(options.logDir, { recursive: true });
  const child = spawn("pnpm", options.pnpmArgs, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logFile = join(options.logDir, `${options.name}.log`);
  logToFile(child, logFile);
  const tail = new OutputTail();
  forEachLine(child.stdout, (line) => tail.push(line));
  forEachLine(child.stderr, (line) => tail.push(line));
  return {
    child,
    logFile,
    tail,
    stop: () => stopChild(child, { signal: "SIGTERM", graceMs: 5_000, processGroup: true }),
  };
}
