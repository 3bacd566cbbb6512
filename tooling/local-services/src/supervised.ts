import { spawn, type ChildProcess } from "node:child_process";
import { forEachLine, stopChild } from "./processes";

const COLOURS = [36, 35, 33, 32, 34, 31];

export interface SupervisedProcess {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Index used to give each process its own prefix colour. */
  colour?: number;
  onExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
  /** How long the process may take to stop after SIGTERM before it is killed (default 5 s). */
  stopGraceMs?: number;
}

/**
 * Runs a long-lived child (an app dev server, a worker) with every output line prefixed by its
 * name. It gets its own process group so that stopping it also stops what it started (pnpm →
 * shell → node → esbuild) and nothing is orphaned.
 */
export function supervise(options: SuperviseOptions): SupervisedProcess {
  const colour = COLOURS[(options.colour ?? 0) % COLOURS.length];
  const useColour = process.stdout.isTTY;
  const label = options.name.padEnd(9);
  const prefix = useColour ? `\x1b[${colour}m${label}│\x1b[0m ` : `${label}│ `;
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Once we stop it, what it says while dying (pnpm's "exec failed" on SIGTERM) is noise.
  let stopping = false;
  forEachLine(child.stdout, (line) => stopping || process.stdout.write(`${prefix}${line}\n`));
  forEachLine(child.stderr, (line) => stopping || process.stderr.write(`${prefix}${line}\n`));
  child.once("error", (error) =>
    process.stderr.write(`${prefix}could not start: ${error.message}\n`),
  );
  child.once("exit", (code, signal) => stopping || options.onExit?.(code, signal));
  return {
    name: options.name,
    child,
    stop: () => {
      stopping = true;
      return stopChild(child, {
        signal: "SIGTERM",
        graceMs: options.stopGraceMs ?? 5_000,
        processGroup: true,
      });
    },
  };
}
