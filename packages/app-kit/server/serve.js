#!/usr/bin/env node
// @ts-check
/**
 * The HTTP server of every app, in development (`--dev`: Vite in middleware mode, hot reload)
 * and in production (the built app). Run from the app's folder. Plain JavaScript: production
 * starts it with Node alone.
 *
 * Why not remix-serve: it hides the socket, so rate limits could not tell clients apart without
 * a proxy header, and it cannot hand a per-response CSP nonce to the document.
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createRequestHandler } from "@remix-run/express";
import express from "express";
import { refuseCrossOriginWrites } from "./cross-origin-writes.js";
import { securityHeaders } from "./security-headers.js";

const { values: args } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    /** Another Vite config than the app's own (tests use one with an empty cache of its own). */
    "vite-config": { type: "string" },
    port: { type: "string" },
    host: { type: "string" },
  },
});

const appDir = process.cwd();
const dev = args.dev;
const port = Number(args.port ?? process.env.PORT ?? 3000);
const host = args.host ?? process.env.HOST ?? "127.0.0.1";
if (!dev) process.env.NODE_ENV ??= "production";
// The same default as the app's own environment (readAppEnv in src/app-env.ts).
const appOrigin = process.env.APP_ORIGIN || `http://127.0.0.1:${port}`;

/**
 * Processes serving the app: one per core in production is how a machine's cores are used (Node
 * runs JavaScript on one), set with WEB_CONCURRENCY (default 1). Each process is the whole app;
 * the operating system spreads connections between them. What a process keeps in memory (the
 * redaction cache) is per process and told of deletions on its own (packages/api).
 */
const processes = dev
  ? 1
  : Math.max(1, Number.parseInt(process.env.WEB_CONCURRENCY ?? "1", 10) || 1);

if (processes > 1 && cluster.isPrimary) {
  let stopping = false;
  for (let i = 0; i < processes; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    process.stderr.write(
      `App process ${worker.process.pid} exited (${signal ?? code}); starting another\n`,
    );
    cluster.fork();
  });
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => process.exit(0), 1_500).unref();
      cluster.on("exit", () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    });
  }
} else {
  await serveApp();
}

async function serveApp() {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);

  app.use((req, res, next) => {
    // A response sent before the request's body was read (a refused post answers at once): the
    // unread bytes would be parsed as the next request on this keep-alive connection, which then
    // breaks. Such a response closes the connection instead.
    const writeHead = res.writeHead;
    res.writeHead = /** @type {typeof res.writeHead} */ (
      function (/** @type {any[]} */ ...args) {
        if (!req.complete) res.setHeader("Connection", "close");
        return writeHead.apply(res, /** @type {any} */ (args));
      }
    );
    next();
  });

  app.use(
    securityHeaders({
      production: !dev && process.env.NODE_ENV === "production",
      https: new URL(appOrigin).protocol === "https:",
    }),
  );

  app.use(refuseCrossOriginWrites(appOrigin));

  /** @type {import("@remix-run/node").ServerBuild | (() => Promise<import("@remix-run/node").ServerBuild>)} */
  let build;
  if (dev) {
    const vite = await import("vite");
    const viteServer = await vite.createServer({
      root: appDir,
      configFile: args["vite-config"],
      appType: "custom",
      // Hot reload on this server's own port: three apps must not fight over Vite's default one.
      server: { middlewareMode: true, hmr: { server: httpServer } },
    });
    app.use(viteServer.middlewares);
    build = () =>
      /** @type {Promise<any>} */ (viteServer.ssrLoadModule("virtual:remix/server-build"));
  } else {
    const client = join(appDir, "build", "client");
    // Hashed file names: cache them for good.
    app.use(
      "/assets",
      express.static(join(client, "assets"), { immutable: true, maxAge: "1y", index: false }),
    );
    app.use(express.static(client, { maxAge: "1h", index: false }));
    build = await import(pathToFileURL(join(appDir, "build", "server", "index.js")).href);
  }

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: dev ? "development" : "production",
      getLoadContext: (req, res) => ({
        clientAddress: req.socket.remoteAddress,
        cspNonce: res.locals.cspNonce,
      }),
    }),
  );

  httpServer.listen(port, host, () => {
    process.stdout.write(
      `Serving ${appDir.split("/").at(-1)} on http://${host}:${port}${dev ? " (development)" : ""}\n`,
    );
  });

  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.once(signal, () => {
      httpServer.close(() => process.exit(0));
      // Keep-alive connections would hold close() open; nothing is mid-write after a second.
      setTimeout(() => process.exit(0), 1_000).unref();
    });
  }
}
