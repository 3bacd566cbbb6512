import { fold } from "../fold";

/** Latin values count as leaked when they stand as a word ("le" in "telegram" is not "Lê"). */
export function containsWord(haystack: string, needle: string): boolean {
  const h = fold(haystack);
  const n = fold(needle);
  if (!/^[a-z0-9]/.test(n)) return h.includes(n);
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`).test(h);
}

/** Every string inside a value, however deeply nested. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Contact patterns that must never appear in redacted text, whoever they belong to. */
export function contactPatternIn(text: string): string | null {
  if (/[@＠]/.test(text)) return "an @";
  if (/[0-9]{9}/.test(text.normalize("NFKC").replace(/[\s\-.()ー・]/g, ""))) return "a phone-length digit run";
  if (/https?:\/\/|www\./i.test(text)) return "a URL";
  return null;
}
