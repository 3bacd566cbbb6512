/**
 * Encoding of values for PostgreSQL's COPY … FROM STDIN in text format: one line per row,
 * tab-separated, `\N` for NULL, backslash escapes for the characters that would break a line.
 */

/** A calendar date, written as YYYY-MM-DD (for `date` columns). */
export class CalendarDate {
  constructor(readonly value: Date) {}

  toString(): string {
    return this.value.toISOString().slice(0, 10);
  }
}

export type CopyValue =
  string | number | boolean | Date | CalendarDate | null | undefined | readonly string[];

function escapeText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

/** PostgreSQL array literal: every element double-quoted, quotes and backslashes escaped. */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}

export function encodeCopyValue(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`COPY cannot encode the number ${value}`);
    return String(value);
  }
  if (value instanceof Date) return value.toISOString();
  if (value instanceof CalendarDate) return value.toString();
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  return escapeText(value as string);
}

export function encodeCopyRow(values: readonly CopyValue[]): string {
  return `${values.map(encodeCopyValue).join("\t")}\n`;
}
