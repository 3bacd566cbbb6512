/**
 * Finds a person's prepared values (personal-values.ts, which states the rules) in one text.
 */
import type { MappedText, Span } from "./fold";
import { HONORIFIC_AFTER, NAME_TITLE_BEFORE, ORDINARY_WORDS } from "./ordinary-words";
import {
  foldWord,
  HAS_CJK,
  isAscii,
  KATAKANA,
  scriptClass,
  WORD,
  type Group,
  type GroupKind,
  type PreparedPersonalValues,
  type WordTerm,
} from "./personal-values";

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
  /** A single letter standing for a part; followed by a dot and a space it still joins a run. */
  initial?: boolean;
  /** Set once decided. */
  hidden: boolean;
}

// What may stand between two words of one name: a space or two, a hyphen, a middle dot, or a
// dot or underscore without spaces ("lan.nguyen"). Not a comma or a sentence end.
const NAME_GAP = /^(?:[ \t\u00a0]{1,2}|[ ]?[-・·][ ]?|[._])?$/u;
/** Between two hidden words, what disappears with them into one marker. */
const JOINING_GAP = /^(?:[ \t\u00a0・·-]{1,3}|[._])$/u;

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
    if (written.length === 1) {
      // A capital initial of a part, known to be one once its case is looked at (letterCase).
      for (const term of prepared.initials.get(folded) ?? []) hits.push({ ...hitOf(start, end, term, true, true), initial: true });
      continue;
    }
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
    // "a" and "i" are words; only a capital letter is an initial.
    const named = hits.filter((h) => !h.initial || h.letterCase !== "lower");
    decide(text, named, prepared.groups);
    for (const run of hiddenRuns(text, named)) spans.push(mapped.originalSpan(run[0], run[1]));
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
 * - Across anything but a space, a hyphen or a middle dot (or a dot after an initial), a new
 *   run starts.
 * - Names are written capitalised, in capitals, or all in lower case; a family name in
 *   capitals may be followed by given names in lower case ("NGUYEN thi lan"). Any other change
 *   of case starts a new run ("thông minh Trần Văn Minh", "Phạm Quốc Bảo phạm vi").
 * - A word already in the run starts a new run after its first occurrence: a name does not
 *   repeat a part ("Nguyễn Hải hải quan"), but may be written twice ("佐藤 Hải 佐藤 Hải").
 *   Katakana may repeat ("ラン・ラン").
 */
function runRestart(text: string, run: readonly Hit[], hit: Hit, kind: GroupKind): number {
  const last = run[run.length - 1]!;
  const gap = text.slice(last.end, hit.start);
  if (hit.start > last.end && !NAME_GAP.test(gap) && !(last.initial && /^\.\s?$/u.test(gap))) return run.length;
  // Employer and station names keep their word order ("Viettel Solutions", not "solutions
  // Viettel") and mix cases freely ("Khách sạn Mường Thanh").
  if (kind !== "name") return hit.word > last.word ? 0 : run.length;
  if (hit.letterCase === "uncased") return 0;
  const previous = run.findLast((h) => h.letterCase !== "uncased");
  if (previous && previous.letterCase !== hit.letterCase) {
    const fits = previous.letterCase === "upper" || (previous.letterCase === "title" && hit.letterCase === "upper");
    if (!fits) return run.indexOf(previous) + 1;
  }
  const repeated = run.findIndex((h) => h.letterCase !== "uncased" && h.word === hit.word && h.start !== hit.start);
  if (repeated < 0) return 0;
  // Written again in another case, it is not the name again but a word after it ("ĐỖ YUKI do").
  return previous && previous.letterCase !== hit.letterCase ? run.indexOf(previous) + 1 : repeated + 1;
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
  const nameLike = group.kind === "name" && words.size >= 2 && new Set(strong.map((h) => h.start)).size >= 2 && run.every(named);
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
  let previous: Hit | undefined;
  for (const hit of hidden) {
    const last = runs[runs.length - 1];
    const gap = last ? text.slice(last[1], hit.start) : "";
    if (last && (hit.start <= last[1] || JOINING_GAP.test(gap) || (previous?.initial && /^\. $/u.test(gap)))) {
      last[1] = Math.max(last[1], hit.end);
    } else {
      runs.push([hit.start, hit.end]);
    }
    previous = hit;
  }
  return runs;
}
