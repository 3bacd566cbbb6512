/**
 * Loads Prisma's WebAssembly schema engine by hand.
 *
 * The package's default entry (`@prisma/schema-engine-wasm`) does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 only accepts with
 * `--experimental-wasm-modules`. Instead we import the wasm-bindgen glue (`schema_engine_bg`),
 * instantiate the `.wasm` bytes next to it with the glue as its import object, and wire the two
 * together as the default entry does: `__wbg_set_wasm(exports)`, then `__wbindgen_start()`.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

import type * as GlueModule from "@prisma/schema-engine-wasm/schema_engine_bg";

type Glue = typeof GlueModule;
export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

const require = createRequire(import.meta.url);

/** The slice of the WebAssembly JS API we use (the repo's lib settings leave it untyped). */
interface WebAssemblyApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

/**
 * Kept on globalThis rather than in this module, which test runners may evaluate more than once
 * per process: one engine instance per process, however the module was loaded.
 */
const STATE = Symbol.for("tsunagu.migrate.schemaEngineWasm");
interface LoaderState {
  loading?: Promise<Glue>;
  /** Instances created so far; each gets its own copy of the glue module. */
  generation: number;
  /** The message of the last Rust panic, reported through PRISMA_WASM_PANIC_REGISTRY. */
  panicMessage?: string;
  panicListeners: Set<(message: string) => void>;
}
const state: LoaderState = ((globalThis as Record<symbol, LoaderState | undefined>)[STATE] ??= {
  generation: 0,
  panicListeners: new Set(),
});

/**
 * A Rust panic inside the engine calls `global.PRISMA_WASM_PANIC_REGISTRY.set_message(…)` and
 * then traps ("RuntimeError: unreachable"). Without a registry the hook itself throws and the
 * message is lost. Chains to a registry someone else (the Prisma client) installed first.
 */
function installPanicRegistry(): void {
  type Registry = { set_message(message: string): void; tsunagu?: true };
  const holder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: Registry };
  const previous = holder.PRISMA_WASM_PANIC_REGISTRY;
  if (previous?.tsunagu) return;
  holder.PRISMA_WASM_PANIC_REGISTRY = {
    tsunagu: true,
    set_message(message: string) {
      state.panicMessage = message;
      for (const listener of state.panicListeners) listener(message);
      previous?.set_message(message);
    },
  };
}

/**
 * Calls `listener` when the engine panics. The trap that follows a panic escapes as an uncaught
 * exception and leaves the engine's pending promise unsettled, so this is how a caller learns
 * that its operation died. Returns the unsubscribe function.
 */
export function onEnginePanic(listener: (message: string) => void): () => void {
  state.panicListeners.add(listener);
  return () => {
    state.panicListeners.delete(listener);
  };
}

/** Returns (and forgets) the last engine panic message, if any. */
export function takePanicMessage(): string | undefined {
  const message = state.panicMessage;
  state.panicMessage = undefined;
  return message;
}

/**
 * Forgets a trapped instance: the next load builds a new one, with a fresh copy of the glue
 * module (the old copy caches views of the dead instance's memory).
 */
export function discardSchemaEngine(): void {
  state.loading = undefined;
}

/** Path of the `.wasm` file that ships with the pinned `@prisma/schema-engine-wasm`. */
export function schemaEngineWasmPath(): string {
  return join(dirname(gluePath()), "schema_engine_bg.wasm");
}

function gluePath(): string {
  return require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
}

/**
 * The engine's timers (e.g. the 10 s advisory-lock timeout it races every lock against) are never
 * cleared, so they would keep a process alive ~10 s after its work is done. We unref them;
 * withEngine holds the event loop open itself while an operation runs.
 */
function withUnrefTimers(glue: Glue): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}

/** Instantiates the engine once per process and returns its glue module (with `SchemaEngine`). */
export function loadSchemaEngine(): Promise<Glue> {
  installPanicRegistry();
  const loading = (state.loading ??= (async () => {
    const generation = state.generation++;
    const url = pathToFileURL(gluePath()).href;
    const glue = (await import(generation === 0 ? url : `${url}?instance=${generation}`)) as Glue;
    const bytes = await readFile(schemaEngineWasmPath());
    const { instance } = await wasmApi.instantiate(bytes, {
      "./schema_engine_bg.js": withUnrefTimers(glue),
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })());
  loading.catch(() => {
    if (state.loading === loading) state.loading = undefined;
  });
  return loading;
}
