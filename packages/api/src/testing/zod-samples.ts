/**
 * Test-only: walks zod 4 schemas (through their `_zod.def`) to build a value each procedure
 * accepts, and to list the places inside it where a fuzz test can put something hostile.
 */
import type { z } from "zod";

type Def = {
  type: string;
  format?: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  checks?: { _zod: { def: { check: string; minimum?: number; value?: number; fn?: unknown } } }[];
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function minimumOf(def: Def, check: string): number | undefined {
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === check) return d.minimum ?? d.value;
  }
  return undefined;
}

/** A value the schema accepts (as far as its shape can tell), or undefined for "no input". */
export function sampleOf(schema: z.ZodType): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      return Object.fromEntries(
        Object.entries(def.shape ?? {}).flatMap(([key, field]) => {
          const value = sampleOf(field);
          return value === undefined ? [] : [[key, value]];
        }),
      );
    case "string": {
      if (def.format === "uuid" || def.format === "guid") return crypto.randomUUID();
      if (def.format === "email") return `fuzz.${crypto.randomUUID().slice(0, 8)}@example.test`;
      if (def.format === "datetime") return new Date().toISOString();
      const min = minimumOf(def, "min_length") ?? 1;
      return "a".repeat(Math.max(min, 3));
    }
    case "number":
    case "int":
      return Math.max(minimumOf(def, "greater_than") ?? 1, 1);
    case "boolean":
      return true;
    case "enum":
      return Object.values(def.entries ?? {})[0];
    case "literal":
      return def.values?.[0];
    case "array":
      return def.element ? [sampleOf(def.element)] : [];
    case "record":
      return {};
    case "optional":
    case "default":
    case "prefault":
    case "nullable":
    case "readonly":
    case "catch":
      return def.innerType ? sampleOf(def.innerType) : undefined;
    case "pipe":
      return def.in ? sampleOf(def.in) : undefined;
    case "union":
      return def.options?.[0] ? sampleOf(def.options[0]) : undefined;
    case "void":
    case "undefined":
      return undefined;
    default:
      return undefined;
  }
}

/** Every path into a sample where a leaf value sits (object keys and array indexes). */
export function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...prefix, i]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  }
  return prefix.length ? [prefix] : [];
}

/** A copy of `value` with the leaf at `path` replaced. */
export function withLeaf(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = withLeaf(copy[head!], rest, leaf);
  return copy;
}

/**
 * Plain `z.string()` nodes of a schema that lack the well-formed-text check (`text()` from
 * @tsunagu/schemas): a NUL or a lone surrogate could pass them and reach PostgreSQL or
 * Meilisearch. Formats with a pattern (uuid, email) cannot carry either.
 */
export function unguardedStrings(
  schema: z.ZodType,
  guard: (value: string) => boolean,
  path = "input",
): string[] {
  const def = defOf(schema);
  const inner = (child: z.ZodType | undefined, suffix = "") =>
    child ? unguardedStrings(child, guard, path + suffix) : [];
  switch (def.type) {
    case "string": {
      if (def.format) return [];
      const guarded = (def.checks ?? []).some(
        (c) => c._zod.def.check === "custom" && c._zod.def.fn === guard,
      );
      return guarded ? [] : [path];
    }
    case "object":
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) =>
        unguardedStrings(field, guard, `${path}.${key}`),
      );
    case "array":
      return inner(def.element, "[]");
    case "record":
      return [...inner(def.keyType, "{key}"), ...inner(def.valueType, "{value}")];
    case "union":
      return (def.options ?? []).flatMap((option) => unguardedStrings(option, guard, path));
    case "pipe":
      return inner(def.in);
    case "optional":
    case "default":
    case "prefault":
    case "nullable":
    case "readonly":
    case "catch":
      return inner(def.innerType);
    default:
      return [];
  }
}
