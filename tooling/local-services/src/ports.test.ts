import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePort, isPortFree, LOOPBACK, pickDistinctPorts } from "./ports";

const held: Server[] = [];
afterEach(async () => {
  await Promise.all(
    held.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

async function hold(port: number): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, LOOPBACK, resolve));
  held.push(server);
}

describe("pickDistinctPorts", () => {
  it("keeps free preferred ports and replaces taken ones with other free ports, never twice the same", async () => {
    const taken = await findFreePort();
    let free = await findFreePort();
    while (free === taken) free = await findFreePort();
    await hold(taken);

    const ports = await pickDistinctPorts([taken, free, free]);

    expect(ports[0]).not.toBe(taken);
    expect(ports[1]).toBe(free);
    expect(new Set(ports).size).toBe(3);
    for (const port of ports) expect(await isPortFree(port)).toBe(true);
  });
});
