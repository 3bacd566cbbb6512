const handlers: Array<() => Promise<void>> = [];
let shuttingDown = false;

/** Runs every registered handler (last registered first), then exits with `code`. */
export function shutdown(code: number): void {
  if (shuttingDown) {
    // A second Ctrl-C while stopping: the user wants out now.
    process.exit(code);
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
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(codes)) process.on(signal, () => shutdown(code));
}
