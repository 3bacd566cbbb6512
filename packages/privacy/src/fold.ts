/**
 * Derived forms of free text for matching, each with a way back to offsets in the original so
 * that a match can be replaced in place:
 * - detection: NFKC (full-width forms, ligatures, circled digits), every dash and minus written
 *   as "-", kanji numerals as digits, invisible format characters dropped. The contact
 *   detectors read this, so "０９０－１２３４－５６７８" and "〇九〇ー一二三四ー五六七八" look like
 *   "090-1234-5678" to them.
 * - caseless: NFKC and lower case, diacritics kept ("Nguyễn" and "Nguyen" stay different).
 * - folded: caseless without diacritics, Vietnamese đ as d ("Nguyễn" = "nguyen").
 *
 * A character and the combining marks after it map as one unit, so decomposed input
 * ("e" + U+0302 + U+0303) folds like precomposed "ễ".
 */
export type Span = readonly [start: number, end: number];

export interface MappedText {
  readonly text: string;
  /** The span of the original that characters [from, to) of `text` came from. */
  originalSpan(from: number, to: number): Span;
}

/** A form that changed no offsets (lower-casing ASCII, or nothing at all). */
class SameOffsets implements MappedText {
  constructor(readonly text: string) {}

  originalSpan(from: number, to: number): Span {
    return [from, to];
  }
}

/** A form built unit by unit, remembering where each of its characters came from. */
class MappedUnits implements MappedText {
  constructor(
    readonly text: string,
    private readonly originalLength: number,
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
  ) {}

  originalSpan(from: number, to: number): Span {
    if (to <= from) {
      const at = this.starts[from] ?? this.originalLength;
      return [at, at];
    }
    return [this.starts[from]!, this.ends[to - 1]!];
  }
}

function identity(text: string): MappedText {
  return new SameOffsets(text);
}

/** Format characters (zero-width space, soft hyphen, joiners, bidi marks) hide nothing from a reader. */
const INVISIBLE = /\p{Cf}/gu;
/**
 * Dashes and minus signs people put between digits: the Unicode dash class (U+2010–2015,
 * U+2E3A, U+301C, U+FE58, U+FE63, U+FF0D…), minus signs, and the katakana prolonged sound mark
 * that Japanese input methods produce for "-".
 */
const DASH_LIKE = /[\p{Pd}\u2212\u2796\u02d7\u2043\u2053\u30fc\uff70]/gu;
const KANJI_DIGITS: Readonly<Record<string, string>> = {
  〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9",
};
const KANJI_DIGIT = /[〇零一二三四五六七八九]/gu;

/**
 * What each BMP character needs, looked up instead of testing Unicode properties on every text:
 * most text needs no mapping at all, and a table says so in one pass.
 */
const CHANGES_DETECTION = 1;
const CHANGES_CASELESS = 2;
const COMBINES = 4;
/** Kanji numerals and ー: common in Japanese words, so mapped only in text with digits enough for a phone. */
const NUMERAL_LIKE = 8;
const CHARACTER_FLAGS = (() => {
  const flags = new Uint8Array(0x10000);
  const mark = /\p{M}/u;
  const format = /\p{Cf}/u;
  const dash = new RegExp(DASH_LIKE.source, "u");
  for (let code = 0x80; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      flags[code] = CHANGES_DETECTION | CHANGES_CASELESS;
      continue;
    }
    const char = String.fromCharCode(code);
    // Marks and conjoining jamo compose with what precedes them under NFKC.
    const combines = mark.test(char) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0xa960 && code <= 0xa97f) || (code >= 0xd7b0 && code <= 0xd7ff);
    const unstable = combines || char.normalize("NFKC") !== char || format.test(char);
    const numeralLike = char in KANJI_DIGITS || code === 0x30fc;
    flags[code] =
      (unstable || (dash.test(char) && !numeralLike) ? CHANGES_DETECTION : 0) |
      (numeralLike ? NUMERAL_LIKE : 0) |
      (unstable || char.toLowerCase().length !== 1 ? CHANGES_CASELESS : 0) |
      (combines ? COMBINES : 0);
  }
  return flags;
})();

/** The flags of all characters of `text`, NUMERAL_LIKE only where it has seven numerals. */
function flagsOf(text: string): number {
  let flags = 0;
  let numerals = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      const own = CHARACTER_FLAGS[code]!;
      flags |= own;
      if (own & NUMERAL_LIKE && code !== 0x30fc) numerals++;
    } else if (code >= 0x30 && code <= 0x39) {
      numerals++;
    }
  }
  return numerals >= 7 ? flags : flags & ~NUMERAL_LIKE;
}

function combinesAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return false;
  // A surrogate pair: astral marks are rare enough to test directly.
  if (code >= 0xd800 && code <= 0xdbff) return /^\p{M}/u.test(text.slice(index, index + 2));
  return (CHARACTER_FLAGS[code]! & COMBINES) !== 0;
}

type UnitMapper = (unit: string) => string;

function mapUnits(text: string, mapUnit: UnitMapper, cache: Map<string, string>): MappedText {
  let out = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
    while (j < text.length && combinesAt(text, j)) j += text.codePointAt(j)! > 0xffff ? 2 : 1;
    const unit = text.slice(i, j);
    let mapped = cache.get(unit);
    if (mapped === undefined) {
      mapped = mapUnit(unit);
      // Bounded, since free text can hold any character; the common ones stay cached.
      if (cache.size < 50_000) cache.set(unit, mapped);
    }
    for (let k = 0; k < mapped.length; k++) {
      starts.push(i);
      ends.push(j);
    }
    out += mapped;
    i = j;
  }
  return new MappedUnits(out, text.length, starts, ends);
}

const detectionCache = new Map<string, string>();
const caselessCache = new Map<string, string>();
const foldCache = new Map<string, string>();

function detectionUnit(unit: string): string {
  return unit
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(DASH_LIKE, "-")
    .replace(KANJI_DIGIT, (d) => KANJI_DIGITS[d]!);
}

function caselessUnit(unit: string): string {
  return unit.normalize("NFKC").replace(INVISIBLE, "").toLowerCase().normalize("NFC");
}

function foldUnit(unit: string): string {
  return caselessUnit(unit).normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
}

/** The detection and caseless forms of one text, sharing the work of both. */
export interface TextForms {
  /** What the contact detectors read (see the module comment). */
  detection: MappedText;
  /** NFKC and lower case, diacritics kept. */
  caseless: MappedText;
}

export function textForms(text: string): TextForms {
  const flags = flagsOf(text);
  return {
    detection: flags & (CHANGES_DETECTION | NUMERAL_LIKE) ? mapUnits(text, detectionUnit, detectionCache) : identity(text),
    caseless: flags & CHANGES_CASELESS ? mapUnits(text, caselessUnit, caselessCache) : identity(text.toLowerCase()),
  };
}

/** Caseless and without diacritics. */
export function foldText(text: string): MappedText {
  return mapUnits(text, foldUnit, foldCache);
}

/** `text` folded: the form a reader would still recognise without case or diacritics. */
export function fold(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  return ascii ? text.toLowerCase() : foldText(text).text;
}

/** `text` caseless: NFKC and lower case, diacritics kept. */
export function caseless(text: string): string {
  return textForms(text).caseless.text;
}
