/**
 * One person's own values prepared for finding them in free text (personal-value-spans.ts):
 * their names, employers, nearest station and literal values (phone, email as entered).
 * Prepared once per person, then used on each of their texts.
 *
 * Matching works on words, not substrings, with these rules:
 * - Diacritics: a word written with diacritics matches a name part only with the same ones
 *   ("Lê" hides "Lê", never "Lễ"; "Phan" never hides "phần"); a word written without any
 *   matches by the folded form ("Nguyen" and "NGUYEN" hide the name Nguyễn). Case and width
 *   never matter.
 * - Ordinary words (ordinary-words.ts): a name part written like an everyday word is hidden only
 *   next to another part of the same name, after a title or before an honorific. Names are
 *   written capitalised, in capitals or all in lower case, so "Trần Văn Minh văn phòng" keeps
 *   its "văn" and "văn minh" (civilisation) stays while "Văn Minh" goes.
 * - A name written as one word ("NguyenLan", "TanakaTaro", "田中太郎") is hidden like the name;
 *   capital initials stand for the parts they begin ("N.V. Minh", "Nguyen V. Minh").
 * - Chinese and Japanese, written without spaces: parts of three characters or more match
 *   anywhere, except inside a longer katakana word; two-character parts only as a whole run of
 *   their script ("田中です", not "田中央"); one-character parts and hiragana ones only next to
 *   another part or before an honorific. So "リンク" keeps its リン, "健康" its 健.
 * - Employers: by their whole name or by distinctive words; corporate forms, generic business
 *   words and place names (employer-words.ts) count only as part of the name, in its order.
 * - Stations: by the whole name, with or without "Station"/"駅", unless that is only the name
 *   of a prefecture or city.
 */
import { caseless, fold } from "./fold";
import {
  COARSE_PLACE_NAMES,
  EMPLOYER_STOP_PHRASES,
  JAPANESE_GENERIC_SUFFIXES,
  JAPANESE_LEGAL_FORMS,
} from "./employer-words";
import { ORDINARY_WORDS } from "./ordinary-words";
import type { PersonalTerms } from "./scrub";

export type GroupKind = "name" | "employer" | "place";

/** One name, employer or place: its words must be seen together unless one is distinctive. */
export interface Group {
  kind: GroupKind;
  /** How many words (and CJK segments) the whole value has. */
  size: number;
}

/** A word of a group, in its caseless and folded forms. */
export interface WordTerm {
  group: number;
  /** Index of the word in its group, or -1 for a concatenation of several. */
  word: number;
  folded: string;
  /** Whether the stored word has diacritics. */
  marked: boolean;
  /** Hidden on its own when matched, unless the text writes it as an ordinary word. */
  distinctive: boolean;
}

export type CjkRule = "anywhere" | "whole-run" | "context";

export interface CjkTerm {
  group: number;
  word: number;
  text: string;
  rule: CjkRule;
}

export interface PreparedPersonalValues {
  groups: Group[];
  /** Latin-script words by their caseless form (diacritics kept). */
  byExact: Map<string, WordTerm[]>;
  /** Latin-script words by their folded form. */
  byFolded: Map<string, WordTerm[]>;
  cjk: CjkTerm[];
  literals: string[];
  /** Parts of names of two or more words by their folded initial ("n" for Nguyễn): "N.V. Minh". */
  initials: Map<string, WordTerm[]>;
}

// Words of the scripts written with spaces; digits apart, so "nguyenlan92" still shows its name.
export const WORD =
  /[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Hangul}\p{sc=Arabic}\p{sc=Hebrew}\p{M}]+|\p{Nd}+/gu;
// Runs of Chinese and Japanese script, which have no spaces between words.
const CJK_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々〆ヶ]+/gu;
export const HAS_CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
export const KATAKANA = /[\p{sc=Katakana}ー]/u;
const HIRAGANA_ONLY = /^\p{sc=Hiragana}+$/u;
const STATION_SUFFIXES = /(?:[\s-]+(?:station|sta\.?|eki)|駅)$/iu;

export function scriptClass(char: string | undefined): string {
  if (char === undefined) return "";
  if (/[\p{sc=Han}々〆]/u.test(char)) return "han";
  if (KATAKANA.test(char)) return "katakana";
  if (/\p{sc=Hiragana}/u.test(char)) return "hiragana";
  return "";
}

function words(caselessValue: string): string[] {
  return [...caselessValue.matchAll(WORD)].map((m) => m[0]);
}

const STOP_PHRASES_BY_FIRST_WORD = new Map<string, (readonly string[])[]>();
for (const phrase of EMPLOYER_STOP_PHRASES) {
  const list = STOP_PHRASES_BY_FIRST_WORD.get(phrase[0]!) ?? [];
  list.push(phrase);
  STOP_PHRASES_BY_FIRST_WORD.set(phrase[0]!, list);
}

/** For each word of an employer name, whether it is generic, a corporate form or a place. */
function stopWordMask(folded: readonly string[]): boolean[] {
  const mask = folded.map(() => false);
  for (let at = 0; at < folded.length; at++) {
    for (const phrase of STOP_PHRASES_BY_FIRST_WORD.get(folded[at]!) ?? []) {
      if (phrase.every((w, k) => folded[at + k] === w)) for (let k = 0; k < phrase.length; k++) mask[at + k] = true;
    }
  }
  return mask;
}

function permutations(items: readonly number[], size: number): number[][] {
  if (size === 0) return [[]];
  return items.flatMap((first) =>
    permutations(items.filter((i) => i !== first), size - 1).map((rest) => [first, ...rest]),
  );
}

const ordersByCount: number[][][] = [];

/** Every order of two or more of `count` parts; the first four parts only, enough for any name. */
function orders(count: number): readonly number[][] {
  const n = Math.min(count, 4);
  let all = ordersByCount[n];
  if (!all) {
    const indices = Array.from({ length: n }, (_, i) => i);
    all = [];
    for (let size = 2; size <= n; size++) all.push(...permutations(indices, size));
    ordersByCount[n] = all;
  }
  return all;
}

class Preparation {
  readonly prepared: PreparedPersonalValues = {
    groups: [],
    byExact: new Map(),
    byFolded: new Map(),
    cjk: [],
    literals: [],
    initials: new Map(),
  };

  private group(kind: GroupKind, size: number): number {
    this.prepared.groups.push({ kind, size });
    return this.prepared.groups.length - 1;
  }

  private word(exact: string, group: number, word: number, folded: string, distinctive: boolean): void {
    const term: WordTerm = { group, word, folded, marked: folded !== exact, distinctive };
    const { byExact, byFolded } = this.prepared;
    if (!byExact.has(exact)) byExact.set(exact, []);
    byExact.get(exact)!.push(term);
    if (!byFolded.has(term.folded)) byFolded.set(term.folded, []);
    byFolded.get(term.folded)!.push(term);
  }

  private cjkTerm(term: CjkTerm): void {
    if (term.text.length > 0) this.prepared.cjk.push(term);
  }

  name(value: string): void {
    const text = caseless(value);
    const latin = words(text).filter((w) => !/^\p{Nd}+$/u.test(w) && w.length >= 2);
    const cjk = [...text.matchAll(CJK_RUN)].map((m) => m[0]);
    if (latin.length + cjk.length === 0) return;
    const g = this.group("name", latin.length + cjk.length);
    latin.forEach((w, i) => this.word(w, g, i, foldWord(w), true));
    if (latin.length >= 2) {
      latin.forEach((w, i) => {
        const initial = foldWord(w)[0]!;
        const list = this.prepared.initials.get(initial) ?? [];
        list.push({ group: g, word: i, folded: initial, marked: false, distinctive: false });
        this.prepared.initials.set(initial, list);
      });
    }
    cjk.forEach((w, i) => {
      const rule: CjkRule =
        w.length >= 3 ? "anywhere" : w.length === 2 && !HIRAGANA_ONLY.test(w) && !ORDINARY_WORDS.has(w) ? "whole-run" : "context";
      this.cjkTerm({ group: g, word: latin.length + i, text: w, rule });
    });
    // Written as one word: every order of two or more parts ("nguyenlan", "lannguyen", "田中太郎").
    for (const order of orders(latin.length)) {
      const parts = order.map((i) => latin[i]!);
      this.word(parts.join(""), g, -1, parts.map(foldWord).join(""), true);
    }
    for (const order of orders(cjk.length)) {
      const whole = order.map((i) => cjk[i]!).join("");
      this.cjkTerm({ group: g, word: -1, text: whole, rule: whole.length >= 3 ? "anywhere" : "whole-run" });
    }
  }

  employer(value: string): void {
    const text = caseless(value);
    const withoutLegalForm = text.replace(JAPANESE_LEGAL_FORMS, " ");
    const latin = words(withoutLegalForm).filter((w) => !/^\p{Nd}+$/u.test(w));
    const folded = latin.map(foldWord);
    const generic = stopWordMask(folded);
    const cjk = [...withoutLegalForm.matchAll(CJK_RUN)].map((m) => m[0]);
    if (latin.length + cjk.length === 0) return;
    const g = this.group("employer", latin.length + cjk.length);
    latin.forEach((w, i) => this.word(w, g, i, folded[i]!, !generic[i] && w.length >= 3 && !ORDINARY_WORDS.has(w)));
    cjk.forEach((segment, i) => {
      for (const form of japaneseEmployerForms(segment)) {
        const rule: CjkRule = form.length >= 3 ? "anywhere" : ORDINARY_WORDS.has(form) ? "context" : "whole-run";
        // The whole segment is the word of the name; shorter forms are hidden on their own.
        this.cjkTerm({ group: g, word: form === segment ? latin.length + i : -1, text: form, rule });
      }
    });
    if (HAS_CJK.test(text)) this.cjkTerm({ group: g, word: -1, text, rule: "anywhere" });
  }

  place(value: string): void {
    for (const form of new Set([value, value.replace(STATION_SUFFIXES, "")])) {
      const text = caseless(form).trim();
      const latin = words(text);
      if (COARSE_PLACE_NAMES.has(latin.map(foldWord).join(" ")) || COARSE_PLACE_NAMES.has(text)) continue;
      const cjk = [...text.matchAll(CJK_RUN)].map((m) => m[0]).filter((w) => w.length >= 2);
      if (latin.length + cjk.length === 0) continue;
      const g = this.group("place", latin.length + cjk.length);
      latin.forEach((w, i) => this.word(w, g, i, foldWord(w), false));
      cjk.forEach((w, i) => this.cjkTerm({ group: g, word: latin.length + i, text: w, rule: "anywhere" }));
    }
  }

  literal(value: string): void {
    const text = caseless(value).trim();
    if (text.length >= 3) this.prepared.literals.push(text);
  }
}

/** A Japanese employer name without legal form, and shorter with its generic words removed. */
function japaneseEmployerForms(segment: string): string[] {
  const forms = [segment];
  let rest = segment;
  for (let removed = true; removed; ) {
    removed = false;
    for (const suffix of JAPANESE_GENERIC_SUFFIXES) {
      if (rest.length > suffix.length && rest.endsWith(suffix)) {
        rest = rest.slice(0, -suffix.length);
        removed = true;
        break;
      }
    }
    if (removed && rest.length >= 2 && !COARSE_PLACE_NAMES.has(rest)) forms.push(rest);
  }
  return forms;
}

/**
 * A name whose words are all words of a longer one ("Lan" or "Thị Lan" beside "Nguyễn Thị
 * Lan") adds nothing: every rule for it already holds inside the longer name.
 */
function withoutSubsumedNames(names: readonly string[]): string[] {
  const forms = [...new Set(names.map((n) => caseless(n).trim()))].filter((n) => n.length > 0);
  const wordsOf = forms.map((n) => n.split(/\s+/u));
  return forms.filter(
    (_, i) => !wordsOf.some((other, j) => j !== i && other.length > wordsOf[i]!.length && wordsOf[i]!.every((w) => other.includes(w))),
  );
}

export function preparePersonalValues(terms: PersonalTerms): PreparedPersonalValues {
  const preparation = new Preparation();
  for (const name of withoutSubsumedNames(terms.names)) preparation.name(name);
  for (const employer of terms.employers) preparation.employer(employer);
  for (const place of terms.places) preparation.place(place);
  for (const literal of terms.literals) preparation.literal(literal);
  preparation.prepared.literals.sort((a, b) => b.length - a.length);
  return preparation.prepared;
}

export function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return false;
  return true;
}

const foldedWords = new Map<string, string>();

export function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = fold(word);
    if (foldedWords.size < 50_000) foldedWords.set(word, folded);
  }
  return folded;
}
