import { createServer, type Server } from "node:http";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { refuseCrossOriginWrites } from "./cross-origin-writes.js";
import { securityHeaders } from "./security-headers.js";

let server: Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A one-route server with the app server's middleware, on a free port. */
async function serve(options: { production: boolean; https: boolean }): Promise<string> {
  const app = express();
  app.use(securityHeaders(options));
  app.use(refuseCrossOriginWrites("https://jobs.tsunagu.example"));
  app.all("/", (_req, res) => res.send("ok"));
  server = createServer(app);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return `http://127.0.0.1:${address.port}/`;
}

describe("the app server's headers", () => {
  it("pins https with HSTS in production over https, and only there", async () => {
    const url = await serve({ production: true, https: true });
    const response = await fetch(url);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("sends no HSTS on plain http or in development", async () => {
    for (const options of [{ production: true, https: false }, { production: false, https: true }]) {
      const url = await serve(options);
      expect((await fetch(url)).headers.get("strict-transport-security"), JSON.stringify(options)).toBeNull();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });

  it("allows Vite's WebSocket only in development", async () => {
    const dev = await fetch(await serve({ production: false, https: false }));
    expect(dev.headers.get("content-security-policy")).toContain("connect-src 'self' ws: wss:");
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const prod = await fetch(await serve({ production: true, https: true }));
    expect(prod.headers.get("content-security-policy")).toContain("connect-src 'self';");
  });

  it("refuses writes from other sites with 403 and lets the app's own through", async () => {
    const url = await serve({ production: true, https: true });
    const post = (headers: Record<string, string>) => fetch(url, { method: "POST", headers, body: "x=1" });
    expect((await post({ Origin: "https://evil.example" })).status).toBe(403);
    expect((await post({})).status).toBe(403);
    expect((await post({ Origin: "https://jobs.tsunagu.example" })).status).toBe(200);
    expect((await post({ "Sec-Fetch-Site": "same-origin" })).status).toBe(200);
    expect((await fetch(url)).status).toBe(200);
  });
});
