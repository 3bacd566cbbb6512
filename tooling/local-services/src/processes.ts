import type { ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import type { Readable } from "node:stream";

/** The last lines a child printed, kept so a failed start can say why without flooding the console. */
export class OutputTail {
  private readonly lines: string[] = [];
  constructor(private readonly limit = 40) {}

  push(chunk: string): void {
    for (const line of chunk.split(/\r?\n/)) {
      if (!line.trim()) continue;
      this.lines.push(line);
      if (this.lines.length > this.limit) this.lines.shift();
    }
  }

  toString(): string {
    return this.lines.join("\n");
  }
}

/** Every line of `stream` to `sink`, whole lines only (chunks can split a line). */
export function forEachLine(
  stream: Readable | null | undefined,
  sink: (line: string) => void,
): void {
  if (!stream) return;
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    pending += chunk;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? "";
    for (const line of lines) sink(line);
  });
  stream.on("end", () => {
    if (pending) sink(pending);
    pending = "";
  });
}

/** Appends a child's stdout and stderr to a log file, so service logs stay out of the dev console. */
export function logToFile(child: ChildProcess, file: string): WriteStream {
  const log = createWriteStream(file, { flags: "a" });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  child.once("exit", () => log.end());
  return log;
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Resolves when the child has exited, or with false after `timeoutMs`. */
export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off("exit", onExit);
      resolve(false);
    }, timeoutMs);
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once("exit", onExit);
  });
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForGroupExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (groupAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

function sendSignal(child: ChildProcess, signal: NodeJS.Signals, processGroup: boolean): void {
  if (child.pid === undefined) return;
  try {
    // A negative pid signals the whole process group: pnpm, the shell and the node it started.
    process.kill(processGroup ? -child.pid : child.pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

export interface StopOptions {
  /** The signal the program treats as "shut down cleanly" (PostgreSQL: SIGINT = fast shutdown). */
  signal?: NodeJS.Signals;
  /** How long a clean shutdown may take before SIGKILL. */
  graceMs?: number;
  /** Signal the child's whole process group (the child must have been spawned `detached`). */
  processGroup?: boolean;
}

/** Stops a child cleanly, escalating to SIGKILL only when it ignores the polite signal. */
export async function stopChild(child: ChildProcess, options: StopOptions = {}): Promise<void> {
  const { signal = "SIGTERM", graceMs = 10_000, processGroup = false } = options;
  if (processGroup && child.pid !== undefined) {
    // The group leader can exit before its children (pnpm before the app it ran): wait for all.
    sendSignal(child, signal, true);
    if (await waitForGroupExit(child.pid, graceMs)) return;
    sendSignal(child, "SIGKILL", true);
    await waitForGroupExit(child.pid, 5_000);
    return;
  }
  if (hasExited(child)) return;
  sendSignal(child, signal, false);
  if (await waitForExit(child, graceMs)) return;
  sendSignal(child, "SIGKILL", false);
  await waitForExit(child, 5_000);
}
