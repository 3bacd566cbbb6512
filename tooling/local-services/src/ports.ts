import { createServer } from "node:net";

export const LOOPBACK = "127.0.0.1";

function listenOnce(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}

/** True when nothing listens on `host:port` right now. */
export async function isPortFree(port: number, host = LOOPBACK): Promise<boolean> {
  try {
    await listenOnce(port, host);
    return true;
  } catch {
    return false;
  }
}

/**
 * A port the OS just handed out as free. Another process can still take it before the caller
 * binds it, so the starters that use this retry with a new port when binding fails.
 */
export function findFreePort(host = LOOPBACK): Promise<number> {
  return listenOnce(0, host);
}

/**
 * The preferred port when it is free (stable URLs across `pnpm dev` runs), otherwise any free one.
 */
export async function pickPort(preferred: number | undefined, host = LOOPBACK): Promise<number> {
  if (preferred !== undefined && (await isPortFree(preferred, host))) return preferred;
  return findFreePort(host);
}

/**
 * One port per preference: the preferred one when free, otherwise any free one, never the same
 * port twice (`pnpm dev`'s apps: 3000–3002 when nothing else holds them).
 */
export async function pickDistinctPorts(
  preferred: readonly number[],
  host = LOOPBACK,
): Promise<number[]> {
  const chosen: number[] = [];
  for (const port of preferred) {
    let candidate = await pickPort(chosen.includes(port) ? undefined : port, host);
    while (chosen.includes(candidate)) candidate = await findFreePort(host);
    chosen.push(candidate);
  }
  return chosen;
}
