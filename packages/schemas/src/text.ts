import { z } from "zod";

/**
 * Text every store and service downstream accepts as it is: well-formed Unicode (no lone
 * surrogate, which Meilisearch refuses and PostgreSQL's driver silently turns into U+FFFD) and
 * no NUL, which PostgreSQL cannot store in text at all. Anything else is bad input and gets a
 * 400 with a message, never a 5xx from deep inside a query.
 */
export function isWellFormedText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

// String.prototype.isWellFormed, written out for browsers that predate it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const TEXT_PROBLEM =
  "Contains characters that cannot be stored (a NUL or a broken Unicode sequence).";

/** z.string() with the well-formed-text rule: the base of every string in an input schema. */
export function text() {
  return z
    .string()
    .refine(isWellFormedText, { message: TEXT_PROBLEM, params: { key: "unstorable" } });
}

/** The first string inside a value (however deeply nested) that breaks the rule, or null. */
export function findMalformedText(value: unknown, depth = 0): string | null {
  if (typeof value === "string") return isWellFormedText(value) ? null : value;
  if (depth > 32 || value === null || typeof value !== "object") return null;
  for (const item of Array.isArray(value)
    ? value
    : Object.keys(value).concat(Object.values(value))) {
    const found = findMalformedText(item, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
