import { contactSpans } from "./contact-patterns";
import { fold, foldText, textForms, type Span } from "./fold";

/** What replaces anything scrubbed out of free text. Neutral, and matched by no detector. */
export const SCRUB_MARKER = "[hidden]";

/** Values belonging to one person that must never appear in redacted text. */
export interface PersonalTerms {
  /** Names of the seeker (each part and the whole), referees, and similar. */
  names: readonly string[];
  /** Current or last employers. */
  employers: readonly string[];
  /** Nearest station and any other location finer than a prefecture. */
  places: readonly string[];
  /** Any other literal value: phone, email as entered, account-linked identifiers. */
  literals: readonly string[];
}

export const NO_PERSONAL_TERMS: PersonalTerms = { names: [], employers: [], places: [], literals: [] };

const WORDISH = /[\p{L}\p{N}]/u;
const GENERIC_EMPLOYER_WORDS = new Set(
  [
    "co", "ltd", "inc", "llc", "corp", "corporation", "company", "limited", "group", "holdings",
    "jsc", "jsc.", "kk", "k.k", "gk", "kabushiki", "kaisha", "cong", "ty", "tnhh", "co.,", "the",
    "and", "of", "japan", "vietnam", "viet", "nam", "株式会社", "有限会社", "合同会社",
  ].map(fold),
);
const JAPANESE_LEGAL_FORMS = /株式会社|有限会社|合同会社|[(（]株[)）]/gu;
const STATION_SUFFIXES = /(?:\s+station|\s+sta\.?|駅|\s+eki)$/iu;

/** Splits a personal value into the pieces a reader would still recognise on their own. */
function expandTerms(terms: PersonalTerms): string[] {
  const out = new Set<string>();
  const add = (value: string) => {
    const f = fold(value).trim();
    if (f.length >= 2 || /[^\p{Script=Latin}\p{N}\s]/u.test(f)) out.add(f);
  };
  for (const name of terms.names) {
    add(name);
    for (const part of name.split(/[\s,.・]+/u)) add(part);
  }
  for (const employer of terms.employers) {
    add(employer);
    for (const part of employer.split(/[\s,()]+/u)) {
      if (!GENERIC_EMPLOYER_WORDS.has(fold(part)) && fold(part).length >= 3) add(part);
    }
    add(employer.replace(JAPANESE_LEGAL_FORMS, ""));
  }
  for (const place of terms.places) {
    add(place);
    add(place.replace(STATION_SUFFIXES, ""));
  }
  for (const literal of terms.literals) add(literal);
  out.delete("");
  return [...out].sort((a, b) => b.length - a.length);
}

function termSpans(text: string, terms: readonly string[]): Span[] {
  if (terms.length === 0) return [];
  const mapped = foldText(text);
  const folded = mapped.text;
  const spans: Span[] = [];
  for (const term of terms) {
    const needsBoundary = WORDISH.test(term[0] ?? "") && /^[\p{Script=Latin}\p{N}]/u.test(term);
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + term.length;
      if (needsBoundary) {
        const before = folded[at - 1];
        const after = folded[end];
        if ((before && WORDISH.test(before)) || (after && WORDISH.test(after))) continue;
      }
      spans.push(mapped.originalSpan(at, end));
    }
  }
  return spans;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    if (end <= start) continue;
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** A scrubber for one person's text, with their terms prepared once. */
export type Scrubber = (text: string) => string;

/**
 * Removes contact details and the person's own identifying values from free text, replacing
 * each with SCRUB_MARKER and keeping everything around it. Runs before anything is indexed or
 * shown in a redacted view. Meant for text the person wrote, not for closed vocabularies.
 */
export function createScrubber(personal: PersonalTerms = NO_PERSONAL_TERMS): Scrubber {
  const terms = expandTerms(personal);
  return (text) => {
    if (text.length === 0) return text;
    const forms = textForms(text);
    const spans = mergeSpans([...contactSpans(forms.detection), ...termSpans(text, terms)]);
    let out = "";
    let cursor = 0;
    for (const [start, end] of spans) {
      out += text.slice(cursor, start) + SCRUB_MARKER;
      cursor = end;
    }
    return out + text.slice(cursor);
  };
}

/** One-off form of createScrubber. */
export function scrubFreeText(text: string, personal: PersonalTerms = NO_PERSONAL_TERMS): string {
  return createScrubber(personal)(text);
}
