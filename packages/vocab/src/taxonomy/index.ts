import type { UiLocale } from "../vocabulary";
import { OFFICE_ROWS } from "./skills-office";
import { SSW_ROWS } from "./skills-ssw";

export type ConceptKind = "skill" | "title";

export interface Concept {
  /** Stable id ("skill.welding", "title.welder"): stored nowhere yet, but never renamed. */
  readonly id: string;
  readonly kind: ConceptKind;
  readonly labels: Readonly<Record<UiLocale, string>>;
  /** Synonyms in any of the three languages (or in none: product names, acronyms). */
  readonly aliases: readonly string[];
}

/**
 * Folds text for matching: NFKC (full/half width), lower case, combining marks stripped
 * (Vietnamese with or without diacritics), đ → d, whitespace collapsed.
 * NFKC first so half-width katakana become full width; marks are stripped only from
 * Latin-script letters so that Japanese dakuten (ガ → カ) survive.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/([\p{Script=Latin}\p{N}])\p{M}+/gu, "$1")
    .normalize("NFC")
    .replace(/đ/g, "d")
    .replace(/[\s\u3000]+/g, " ")
    .trim();
}

export const concepts: readonly Concept[] = [...SSW_ROWS, ...OFFICE_ROWS].map(([id, kind, en, vi, ja, aliases]) =>
  Object.freeze({ id, kind: kind === "s" ? "skill" : "title", labels: Object.freeze({ en, vi, ja }), aliases }),
);

const byId = new Map(concepts.map((concept) => [concept.id, concept]));

interface Term {
  readonly folded: string;
  readonly words: readonly string[];
  /** The locale whose label this is, or null for an alias. */
  readonly locale: UiLocale | null;
}

const WORD_SPLIT = /[\s\-–/・()（）,.、]+/u;

const termsById = new Map<string, readonly Term[]>(
  concepts.map((concept) => {
    const terms: Term[] = [];
    for (const locale of ["en", "vi", "ja"] as const) terms.push(termOf(concept.labels[locale], locale));
    for (const alias of concept.aliases) terms.push(termOf(alias, null));
    return [concept.id, terms];
  }),
);

function termOf(text: string, locale: UiLocale | null): Term {
  const folded = foldText(text);
  return { folded, words: folded.split(WORD_SPLIT).filter(Boolean), locale };
}

/** Exact folded label or alias → concept. Labels win over aliases when both could match. */
const exactIndex = new Map<string, Concept>();
for (const pass of ["label", "alias"] as const) {
  for (const concept of concepts) {
    for (const term of termsById.get(concept.id) ?? []) {
      if ((term.locale === null) !== (pass === "alias")) continue;
      if (!exactIndex.has(term.folded)) exactIndex.set(term.folded, concept);
    }
  }
}

export function conceptById(id: string): Concept | null {
  return byId.get(id) ?? null;
}

/** The concept whose label or alias (in any language, folded) is exactly `text`, else null. */
export function matchConcept(text: string): Concept | null {
  const folded = foldText(text);
  if (!folded) return null;
  return exactIndex.get(folded) ?? null;
}

const BRACKETED = /[（(]([^（）()]*)[）)]/gu;
const SEGMENT_SPLIT = /\s*[・/|,，、·]\s*|\s+[–-]\s+/u;

/**
 * The concepts a short text names: the whole text when it is a label or alias, else its parts —
 * what is outside and inside brackets, and the pieces between separators (・ / | , ·). So
 * "Kỹ sư cầu nối (BrSE)", "通訳・翻訳（ベトナム語）" and a headline such as
 * "Kỹ sư phần mềm · 3 năm kinh nghiệm" name their concepts; every part must still match exactly.
 */
export function matchConcepts(text: string): Concept[] {
  const whole = matchConcept(text);
  if (whole) return [whole];
  const found = new Map<string, Concept>();
  const inside = [...text.matchAll(BRACKETED)].map((match) => match[1] ?? "");
  for (const part of [text.replace(BRACKETED, " "), ...inside]) {
    const concept = matchConcept(part);
    if (concept) {
      found.set(concept.id, concept);
      continue;
    }
    for (const segment of part.split(SEGMENT_SPLIT)) {
      const piece = matchConcept(segment);
      if (piece) found.set(piece.id, piece);
    }
  }
  return [...found.values()];
}

/** The label of a concept in a locale. */
export function conceptLabel(concept: Concept, locale: UiLocale): string {
  return concept.labels[locale];
}

/** Every label and alias of a concept, each once: what the search index holds for it. */
export function conceptTerms(concept: Concept): string[] {
  return [...new Set([concept.labels.en, concept.labels.vi, concept.labels.ja, ...concept.aliases])];
}

export interface SearchConceptsOptions {
  readonly kind?: ConceptKind;
  readonly limit?: number;
}

/**
 * Concepts whose labels or aliases start with the query, or have a word that does (for
 * Japanese, which has no spaces, any substring). Ranked: a label in the page's locale
 * first, then exact before prefix before word matches, labels before aliases, shorter first.
 */
export function searchConcepts(query: string, locale: UiLocale, options: SearchConceptsOptions = {}): Concept[] {
  const folded = foldText(query);
  const limit = options.limit ?? 10;
  if (!folded || limit <= 0) return [];
  const scored: { concept: Concept; score: number; length: number }[] = [];
  for (const concept of concepts) {
    if (options.kind && concept.kind !== options.kind) continue;
    let best = Number.POSITIVE_INFINITY;
    let length = 0;
    for (const term of termsById.get(concept.id) ?? []) {
      const match = matchRank(term, folded);
      if (match === null) continue;
      const origin = term.locale === locale ? 0 : term.locale === null ? 2 : 1;
      const score = origin * 10 + match;
      if (score < best) {
        best = score;
        length = term.folded.length;
      }
    }
    if (best !== Number.POSITIVE_INFINITY) scored.push({ concept, score: best, length });
  }
  scored.sort((a, b) => a.score - b.score || a.length - b.length || a.concept.id.localeCompare(b.concept.id));
  return scored.slice(0, limit).map((entry) => entry.concept);
}

function matchRank(term: Term, folded: string): number | null {
  if (term.folded === folded) return 0;
  if (term.folded.startsWith(folded)) return 1;
  if (term.words.some((word) => word.startsWith(folded))) return 2;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(folded) && term.folded.includes(folded)) return 3;
  return null;
}
