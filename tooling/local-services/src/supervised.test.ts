import { describe, expect, it, vi } from "vitest";
import { supervise } from "./supervised";

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("supervise", () => {
  it("prefixes each output line with the process name", async () => {
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const child = supervise({
        name: "seeker",
        command: "sh",
        args: ["-c", "printf 'first\\nsecond\\n'"],
        cwd: process.cwd(),
        env: process.env,
      });
      await new Promise((resolve) => child.child.once("close", resolve));
    } finally {
      write.mockRestore();
    }
    expect(written.filter((line) => line.includes("│"))).toEqual([
      expect.stringMatching(/^seeker\s+│ first\n$/),
      expect.stringMatching(/^seeker\s+│ second\n$/),
    ]);
  });

  it("stops the whole process tree it started, leaving no orphans", async () => {
    // The shell exits on SIGTERM at once while its background children ignore it: the
    // grandchildren must still be stopped (by SIGKILL after the grace period).
    const app = supervise({
      name: "app",
      command: "sh",
      args: ["-c", "trap '' TERM; (trap '' TERM; sleep 60) & (trap '' TERM; sleep 60) & wait"],
      cwd: process.cwd(),
      env: process.env,
      stopGraceMs: 300,
    });
    const pid = app.child.pid as number;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(groupAlive(pid)).toBe(true);

    await app.stop();

    expect(groupAlive(pid)).toBe(false);
  });

  it("reports an unexpected exit, but not the exit it caused by stopping", async () => {
    const exits: Array<number | null> = [];
    const crashing = supervise({
      name: "crash",
      command: "sh",
      args: ["-c", "exit 3"],
      cwd: process.cwd(),
      env: process.env,
      onExit: (code) => exits.push(code),
    });
    await new Promise((resolve) => crashing.child.once("exit", resolve));
    const stopped = supervise({
      name: "stopped",
      command: "sleep",
      args: ["60"],
      cwd: process.cwd(),
      env: process.env,
      onExit: (code) => exits.push(code),
    });
    await stopped.stop();
    expect(exits).toEqual([3]);
  });
});
