import type { RunningMeilisearch } from "./meilisearch";

export interface MeilisearchSupervisionOptions {
  /** Restarts allowed within `windowMs` before giving up (default 5 in 60 s). */
  maxRestarts?: number;
  windowMs?: number;
  /** Pause before restart attempt n (1-based), so a crash loop does not spin (default 250 ms × n). */
  delayMs?: (attempt: number) => number;
  say: (message: string) => void;
}

export interface MeilisearchSupervisor {
  /** Stops watching (before a deliberate shutdown). */
  stop(): void;
  /** Resolves once the current restart, if any, has finished (tests). */
  settled(): Promise<void>;
}

const describeExit = ({ code, signal }: { code: number | null; signal: NodeJS.Signals | null }) =>
  signal ? `killed by ${signal}` : `exit code ${code}`;

/**
 * Starts Meilisearch again when it dies under `pnpm dev`, a bounded number of times. The search
 * worker waits for it and catches up on its own (packages/search worker.ts); the apps answer
 * without search results meanwhile.
 */
export function superviseMeilisearch(
  meili: RunningMeilisearch,
  options: MeilisearchSupervisionOptions,
): MeilisearchSupervisor {
  const { maxRestarts = 5, windowMs = 60_000, say } = options;
  const delayMs = options.delayMs ?? ((attempt) => 250 * attempt);
  const restarts: number[] = [];
  let active = true;
  let current = Promise.resolve();

  const restartAfter = async (reason: string): Promise<void> => {
    const now = Date.now();
    while (restarts.length && now - restarts[0]! > windowMs) restarts.shift();
    if (restarts.length >= maxRestarts) {
      say(
        `Meilisearch ${reason} after ${maxRestarts} restarts within ${windowMs / 1000} s; ` +
          `not restarting it again. Search is unavailable until pnpm dev is started again. ` +
          `Its log: ${meili.logFile}`,
      );
      active = false;
      return;
    }
    restarts.push(now);
    const attempt = restarts.length;
    say(
      `Meilisearch ${reason}; restarting it (${attempt} of ${maxRestarts} within ${windowMs / 1000} s)…`,
    );
    await new Promise((resolve) => setTimeout(resolve, delayMs(attempt)));
    if (!active) return;
    const started = Date.now();
    try {
      await meili.restart();
      say(`Meilisearch is back at ${meili.url} after ${Date.now() - started} ms.`);
    } catch (error) {
      await restartAfter(
        `could not be restarted (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`,
      );
    }
  };

  meili.onUnexpectedExit((exit) => {
    if (!active) return;
    current = current.then(() => restartAfter(`exited unexpectedly (${describeExit(exit)})`));
  });
  return {
    stop: () => {
      active = false;
    },
    settled: () => current,
  };
}
