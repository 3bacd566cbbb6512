import { fileURLToPath } from "node:url";
import { build, createServer, type InlineConfig } from "vite";
import { describe, expect, it } from "vitest";
import { bundleGuard } from "../src/bundle-guard.js";

const fixture = (path: string) => fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));

/** A real Vite build of a fixture, in memory, with the guard as the only plugin. */
function fixtureConfig(name: "leaky" | "clean", extra: InlineConfig = {}): InlineConfig {
  return {
    configFile: false,
    logLevel: "silent",
    root: fixture(name),
    resolve: {
      alias: {
        "@tsunagu/db": fixture("workspace/packages/db/src/index.js"),
        "@tsunagu/format": fixture("workspace/packages/format/index.js"),
      },
    },
    plugins: [bundleGuard()],
    build: { write: false, minify: false, rollupOptions: { input: fixture(`${name}/entry.js`) } },
    ...extra,
  };
}

describe("bundle guard", () => {
  it("fails a client build that imports @tsunagu/db and names the importer chain", async () => {
    const error = await build(fixtureConfig("leaky")).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toContain("Server-only packages reached the client bundle");
    expect(error?.message).toMatch(
      /@tsunagu\/db: entry\.js → jobs\.js → .*packages\/db\/src\/index\.js/,
    );
  });

  it("lets a client build without server-only packages through", async () => {
    const output = await build(fixtureConfig("clean"));
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
      "output" in o ? o.output : [],
    );
    expect(
      chunks.some((chunk) => chunk.type === "chunk" && chunk.code.includes("toLocaleString")),
    ).toBe(true);
  });

  it("allows server-only packages in the SSR build", async () => {
    const base = fixtureConfig("leaky");
    await expect(
      build({ ...base, build: { ...base.build, ssr: fixture("leaky/entry.js") } }),
    ).resolves.toBeDefined();
  });

  it("refuses the import on the dev server as soon as the browser requests the module", async () => {
    const server = await createServer({
      ...fixtureConfig("leaky"),
      server: { middlewareMode: true, ws: false },
    });
    try {
      await expect(server.environments.client.transformRequest("/jobs.js")).rejects.toThrow(
        /@tsunagu\/db is server-only .* jobs\.js → .*packages\/db\/src\/index\.js/,
      );
      await expect(server.environments.client.transformRequest("/entry.js")).resolves.toBeTruthy();
    } finally {
      await server.close();
    }
  });
});
