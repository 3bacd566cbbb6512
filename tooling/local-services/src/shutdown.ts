const handlers: Array<() => Promise<void>> = [];
let shuttingDown = false;

/** Runs every registered handler (last registered first), then exits with `code`. */
export function shutdown(code: number, signal?: NodeJS.Signals): void {
  if (shuttingDown) {
    // Only a repeated Ctrl-C cuts the orderly stop short. The SIGHUP a closing terminal sends,
    // or a supervisor's SIGTERM, must not stop it halfway with PostgreSQL still running.
    if (signal === "SIGINT") process.exit(code);
    return;
  }
  shuttingDown = true;
  void (async () => {
    for (const run of handlers.slice().reverse()) {
      await run().catch((error: unknown) => console.error("Error during shutdown:", error));
    }
    process.exit(code);
  })();
}

/**
 * Runs `handler` once on the first SIGINT/SIGTERM/SIGHUP (or `shutdown()`), then exits with the
 * conventional 128+signal code.
 */
export function onShutdownSignal(handler: () => Promise<void>): void {
  handlers.push(handler);
  if (handlers.length > 1) return;
  // A closed terminal must not turn progress messages into a crash mid-shutdown.
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(codes) as Array<[NodeJS.Signals, number]>) {
    process.on(signal, () => shutdown(code, signal));
  }
}
