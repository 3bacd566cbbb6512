/**
 * Finds one person's own values in free text: their names, employers, nearest station and
 * literal values (phone, email as entered). Prepared once per person, then run on each text.
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
 * - A name written as one word ("NguyenLan", "TanakaTaro", "田中太郎") is hidden like the name.
 * - Chinese and Japanese, written without spaces: parts of three characters or more match
 *   anywhere, except inside a longer katakana word; two-character parts only as a whole run of
 *   their script ("田中です", not "田中央"); one-character parts and hiragana ones only next to
 *   another part or before an honorific. So "リンク" keeps its リン, "健康" its 健.
 * - Employers: by their whole name or by distinctive words; corporate forms, generic business
 *   words and place names (employer-words.ts) count only as part of the whole name.
 * - Stations: by the whole name, with or without "Station"/"駅", unless that is only the name
 *   of a prefecture or city.
 */
import { caseless, fold, type MappedText, type Span } from "./fold";
import {
  COARSE_PLACE_NAMES,
  EMPLOYER_STOP_PHRASES,
  JAPANESE_GENERIC_SUFFIXES,
  JAPANESE_LEGAL_FORMS,
} from "./employer-words";
import { HONORIFIC_AFTER, NAME_TITLE_BEFORE, ORDINARY_WORDS } from "./ordinary-words";
import type { PersonalTerms } from "./scrub";

type GroupKind = "name" | "employer" | "place";

/** One name, employer or place: its words must be seen together unless one is distinctive. */
interface Group {
  kind: GroupKind;
  /** How many words (and CJK segments) the whole value has. */
  size: number;
}

/** A word of a group, in its caseless and folded forms. */
interface WordTerm {
  group: number;
  /** Index of the word in its group, or -1 for a concatenation of several. */
  word: number;
  folded: string;
  /** Whether the stored word has diacritics. */
  marked: boolean;
  /** Hidden on its own when matched, unless the text writes it as an ordinary word. */
  distinctive: boolean;
}

type CjkRule = "anywhere" | "whole-run" | "context";

interface CjkTerm {
  group: number;
  word: number;
  text: string;
  rule: CjkRule;
}

type LetterCase = "lower" | "title" | "upper" | "uncased";

interface Hit {
  start: number;
  end: number;
  group: number;
  word: number;
  /** Same diacritics, or none in the text; false for a word whose diacritics differ. */
  strong: boolean;
  /** Hidden whatever stands around it. */
  alone: boolean;
  /** How the word is written; "uncased" for CJK matches. Set before deciding. */
  letterCase: LetterCase;
  /** Set once decided. */
  hidden: boolean;
}

export interface PreparedPersonalValues {
  groups: Group[];
  /** Latin-script words by their caseless form (diacritics kept). */
  byExact: Map<string, WordTerm[]>;
  /** Latin-script words by their folded form. */
  byFolded: Map<string, WordTerm[]>;
  cjk: CjkTerm[];
  literals: string[];
}

// Words of the scripts written with spaces; digits apart, so "nguyenlan92" still shows its name.
const WORD =
  /[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Hangul}\p{sc=Arabic}\p{sc=Hebrew}\p{M}]+|\p{Nd}+/gu;
// Runs of Chinese and Japanese script, which have no spaces between words.
const CJK_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々〆ヶ]+/gu;
const HAS_CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const KATAKANA = /[\p{sc=Katakana}ー]/u;
const HIRAGANA_ONLY = /^\p{sc=Hiragana}+$/u;
// What may stand between two words of one name: a space or two, a hyphen, a middle dot, or a
// dot or underscore without spaces ("lan.nguyen"). Not a comma or a sentence end.
const NAME_GAP = /^(?:[ \t\u00a0]{1,2}|[ ]?[-・·][ ]?|[._])?$/u;
/** Between two hidden words, what disappears with them into one marker. */
const JOINING_GAP = /^(?:[ \t\u00a0・·-]{1,3}|[._])$/u;
const STATION_SUFFIXES = /(?:[\s-]+(?:station|sta\.?|eki)|駅)$/iu;

function scriptClass(char: string | undefined): string {
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

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return false;
  return true;
}

const foldedWords = new Map<string, string>();

function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = fold(word);
    if (foldedWords.size < 50_000) foldedWords.set(word, folded);
  }
  return folded;
}

function hitOf(start: number, end: number, term: WordTerm, strong: boolean, ordinary: boolean): Hit {
  return { start, end, group: term.group, word: term.word, strong, alone: strong && term.distinctive && !ordinary, letterCase: "lower", hidden: false };
}

/**
 * A name written as one word without diacritics is taken for the name when it is long enough
 * not to be a syllable of its own, or shows where the parts meet: "doanh" (enterprise) is not
 * Đỗ + Anh, "DoAnh" and "nguyenlan" are.
 */
function looksConcatenated(original: string, mapped: MappedText, start: number, end: number): boolean {
  if (end - start >= 6) return true;
  const [from, to] = mapped.originalSpan(start, end);
  return /^.[^\p{Lu}]*\p{Lu}/u.test(original.slice(from, to)) && /\p{Ll}/u.test(original.slice(from, to));
}

function wordHits(original: string, mapped: MappedText, prepared: PreparedPersonalValues, hits: Hit[]): void {
  const { byExact, byFolded, groups } = prepared;
  const text = mapped.text;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const written = m[0];
    const start = m.index;
    const end = start + written.length;
    const folded = isAscii(written) ? written : foldWord(written);
    const candidates = byFolded.get(folded);
    if (candidates === undefined) continue;
    const ordinary = ORDINARY_WORDS.has(written);
    if (folded === written) {
      for (const term of candidates) {
        if (term.word < 0 && !looksConcatenated(original, mapped, start, end)) continue;
        hits.push(hitOf(start, end, term, true, ordinary));
      }
      continue;
    }
    const exact = byExact.get(written) ?? [];
    for (const term of exact) hits.push(hitOf(start, end, term, true, ordinary));
    for (const term of candidates) {
      if (exact.includes(term) || term.word < 0) continue;
      // Station names match without regard to diacritics (Ōkubo = Okubo). A name stored
      // without diacritics ("Phan Van Minh") may be written with them; such a word counts only
      // beside the rest of the name. A word with other diacritics is another word ("phần").
      if (groups[term.group]!.kind === "place") hits.push(hitOf(start, end, term, true, ordinary));
      else if (!term.marked) hits.push(hitOf(start, end, term, false, ordinary));
    }
  }
}

function cjkHits(text: string, prepared: PreparedPersonalValues, hits: Hit[]): void {
  for (const term of prepared.cjk) {
    for (let at = text.indexOf(term.text); at >= 0; at = text.indexOf(term.text, at + 1)) {
      const end = at + term.text.length;
      const before = text[at - 1];
      const after = text[end];
      // Never inside a longer katakana word: "ラン" of "ランチ", "マリア" of "マリアージュ".
      if (KATAKANA.test(term.text[0]!) && before !== undefined && KATAKANA.test(before)) continue;
      if (KATAKANA.test(term.text[term.text.length - 1]!) && after !== undefined && KATAKANA.test(after)) continue;
      const wholeRun =
        scriptClass(before) !== scriptClass(term.text[0]) && scriptClass(after) !== scriptClass(term.text[term.text.length - 1]);
      const alone = term.rule === "anywhere" || (term.rule === "whole-run" && wholeRun);
      hits.push({ start: at, end, group: term.group, word: term.word, strong: true, alone, letterCase: "uncased", hidden: false });
    }
  }
}

function letterCaseOf(written: string): LetterCase {
  const first = written[0] ?? "";
  if (first.toLowerCase() === first) return first.toUpperCase() === first ? "uncased" : "lower";
  return written.length > 1 && written === written.toUpperCase() ? "upper" : "title";
}

/** Capitalised, in capitals, or in a script without case (which has no other way to show a name). */
const capitalised = (hit: Hit) => hit.letterCase !== "lower";

/** Spans of the original text that hold this person's values, found in its caseless form. */
export function personalValueSpans(original: string, mapped: MappedText, prepared: PreparedPersonalValues): Span[] {
  if (prepared.groups.length === 0 && prepared.literals.length === 0) return [];
  const text = mapped.text;
  const hits: Hit[] = [];
  wordHits(original, mapped, prepared, hits);
  if (prepared.cjk.length > 0 && HAS_CJK.test(text)) cjkHits(text, prepared, hits);
  const spans: Span[] = [];
  if (hits.length > 0) {
    for (const hit of hits) {
      if (hit.letterCase === "uncased") continue;
      const [from, to] = mapped.originalSpan(hit.start, hit.end);
      hit.letterCase = letterCaseOf(original.slice(from, to).normalize("NFKC"));
    }
    decide(text, hits, prepared.groups);
    for (const run of hiddenRuns(text, hits)) spans.push(mapped.originalSpan(run[0], run[1]));
  }
  for (const literal of prepared.literals) {
    const bounded = /^[\p{L}\p{N}]/u.test(literal);
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
      const end = at + literal.length;
      if (bounded && (/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(text[end] ?? ""))) continue;
      spans.push(mapped.originalSpan(at, end));
    }
  }
  return spans;
}

/**
 * Where the run of words of one value that `hit` would continue starts again, as an index into
 * `run`: 0 when `hit` simply continues it, `run.length` when it starts a run of its own.
 * - Across anything but a space, a hyphen or a middle dot, a new run starts.
 * - Names are written capitalised, in capitals, or all in lower case; a family name in
 *   capitals may be followed by given names in lower case ("NGUYEN thi lan"). Any other change
 *   of case starts a new run ("thông minh Trần Văn Minh", "Phạm Quốc Bảo phạm vi").
 * - A word already in the run starts a new run after its first occurrence: a name does not
 *   repeat a part ("Nguyễn Hải hải quan"), but may be written twice ("佐藤 Hải 佐藤 Hải").
 *   Katakana may repeat ("ラン・ラン").
 */
function runRestart(text: string, run: readonly Hit[], hit: Hit, kind: GroupKind): number {
  const last = run[run.length - 1]!;
  if (hit.start > last.end && !NAME_GAP.test(text.slice(last.end, hit.start))) return run.length;
  // Employer and station names mix cases freely ("Khách sạn Mường Thanh").
  if (hit.letterCase === "uncased" || kind !== "name") return 0;
  const previous = run.findLast((h) => h.letterCase !== "uncased");
  if (previous && previous.letterCase !== hit.letterCase) {
    const fits = previous.letterCase === "upper" || (previous.letterCase === "title" && hit.letterCase === "upper");
    if (!fits) return run.indexOf(previous) + 1;
  }
  const repeated = run.findIndex((h) => h.letterCase !== "uncased" && h.word === hit.word && h.start !== hit.start);
  return repeated < 0 ? 0 : repeated + 1;
}

/** Marks the hits to hide, following the rules in the module comment. */
function decide(text: string, hits: Hit[], groups: readonly Group[]): void {
  for (const hit of hits) if (hit.alone) hit.hidden = true;
  const byGroup = new Map<number, Hit[]>();
  for (const hit of hits) {
    if (!byGroup.has(hit.group)) byGroup.set(hit.group, []);
    byGroup.get(hit.group)!.push(hit);
  }
  for (const [g, groupHits] of byGroup) {
    const group = groups[g]!;
    groupHits.sort((a, b) => a.start - b.start || b.end - a.end);
    let run: Hit[] = [];
    for (const hit of groupHits) {
      // A name written as one word is a run of its own; its neighbours are other words.
      if (hit.word < 0) continue;
      const restart = run.length > 0 ? runRestart(text, run, hit, group.kind) : 0;
      if (restart > 0) {
        settleRun(run, group);
        run = run.slice(restart);
      }
      run.push(hit);
    }
    if (run.length > 0) settleRun(run, group);
  }
  for (const hit of hits) {
    if (hit.hidden || !hit.strong || groups[hit.group]!.kind !== "name") continue;
    // In CJK the name must also start its run: "中林さん" is somebody else than 林.
    const startsRun = hit.letterCase !== "uncased" || scriptClass(text[hit.start - 1]) !== scriptClass(text[hit.start]);
    const honorific = startsRun && HONORIFIC_AFTER.test(text.slice(hit.end, hit.end + 8));
    const titled = NAME_TITLE_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start)) && capitalised(hit);
    if (honorific || titled) hit.hidden = true;
  }
}

function settleRun(run: readonly Hit[], group: Group): void {
  const strong = run.filter((h) => h.strong);
  const words = new Set(strong.filter((h) => h.word >= 0).map((h) => h.word));
  // The whole employer or station, also in generic words only ("Global Solutions Group"). A
  // name made of ordinary words needs capitals as well (nameLike): "văn minh" is a word.
  const whole = group.kind !== "name" && words.size === group.size;
  // A lower-case word glued to a Chinese or Japanese part is written as one with it: "佐藤hải".
  const glued = (hit: Hit) => run.some((o) => o.letterCase === "uncased" && (o.end === hit.start || hit.end === o.start));
  const named = (hit: Hit) => capitalised(hit) || glued(hit);
  // Two or more words of one name side by side, each capitalised: "Văn Minh", not "văn minh".
  const nameLike = group.kind === "name" && words.size >= 2 && run.every(named);
  if (!(strong.some((h) => h.alone) || whole || nameLike)) return;
  // A lower-case word is part of the name only when the name itself is written so, or after a
  // family name in capitals: "an 佐藤" keeps its "an".
  const lowerCaseName =
    run.some((h) => h.alone && (h.letterCase === "lower" || h.letterCase === "upper")) ||
    (whole && run.every((h) => h.letterCase === "lower"));
  for (const hit of run) {
    if (!hit.strong && !capitalised(hit)) continue;
    if (group.kind === "name" && hit.letterCase === "lower" && !hit.alone && !lowerCaseName && !glued(hit)) continue;
    hit.hidden = true;
  }
}

/** Hidden hits as spans of the caseless text; neighbours ("Nguyễn Văn Minh") become one span. */
function hiddenRuns(text: string, hits: readonly Hit[]): Span[] {
  const hidden = hits.filter((h) => h.hidden).sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: [number, number][] = [];
  for (const hit of hidden) {
    const last = runs[runs.length - 1];
    if (last && (hit.start <= last[1] || JOINING_GAP.test(text.slice(last[1], hit.start)))) last[1] = Math.max(last[1], hit.end);
    else runs.push([hit.start, hit.end]);
  }
  return runs;
}
