import { caseless, fold, foldText } from "../fold";

/**
 * Whether a reader would find `needle` in `haystack`: in any case or width, written with the
 * same diacritics or with none at all ("Nguyen" is the name Nguyễn, "phần" is not the name
 * Phan). Latin values count only where they stand as a word ("le" in "telegram" is not "Lê"),
 * katakana ones only outside longer katakana words.
 */
export function containsWord(haystack: string, needle: string): boolean {
  const n = fold(needle);
  if (n.length === 0) return false;
  const mapped = foldText(haystack);
  const h = mapped.text;
  const bounded = /^[a-z0-9]/.test(n);
  const katakana = /^[\p{sc=Katakana}ー]+$/u.test(n);
  const written = caseless(needle);
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    const end = at + n.length;
    if (bounded && (/[\p{L}\p{N}]/u.test(h[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(h[end] ?? ""))) continue;
    // A katakana name inside a longer katakana word is another word ("ラン" in "ブランド").
    if (katakana && (/[\p{sc=Katakana}ー]/u.test(h[at - 1] ?? "") || /[\p{sc=Katakana}ー]/u.test(h[end] ?? ""))) continue;
    const [start, stop] = mapped.originalSpan(at, end);
    const seen = caseless(haystack.slice(start, stop));
    if (seen === written || fold(seen) === seen) return true;
  }
  return false;
}

/**
 * `text` without the given ordinary words, longest first, so that a leak check looks only at
 * what is left: "hải quan" is a word, "Hải" beside it would be the name.
 */
export function withoutWords(text: string, words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).reduce((rest, word) => rest.split(word).join(" \u241f "), text);
}

/** Every string inside a value, however deeply nested. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

const KANJI_DIGITS: Readonly<Record<string, string>> = {
  〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9",
};

/** Contact patterns that must never appear in redacted text, whoever they belong to. */
export function contactPatternIn(text: string): string | null {
  const wide = text.normalize("NFKC");
  if (/[@＠]/.test(wide)) return "an @";
  const digits = wide
    .replace(/[〇零一二三四五六七八九]/gu, (d) => KANJI_DIGITS[d]!)
    .replace(/[\s\p{Pd}\p{Cf}\u2212\u30fc.()・/~_]/gu, "");
  if (/[0-9]{9}/.test(digits)) return "a phone-length digit run";
  if (/https?:\/\/|www\./i.test(wide)) return "a URL";
  return null;
}
