import { contactSpans } from "./contact-patterns";
import { textForms, type Span } from "./fold";
import { personalValueSpans } from "./personal-value-spans";
import { preparePersonalValues } from "./personal-values";

/** What replaces anything scrubbed out of free text. Neutral, and matched by no detector. */
export const SCRUB_MARKER = "[hidden]";

/** Values belonging to one person that must never appear in redacted text. */
export interface PersonalTerms {
  /**
   * Names of the seeker, referees and similar. Each entry is one name (its parts are matched
   * together, so pass the full name too, not only its parts).
   */
  names: readonly string[];
  /** Current or last employers. */
  employers: readonly string[];
  /** Nearest station and any other location finer than a prefecture. */
  places: readonly string[];
  /** Any other literal value: phone, email as entered, account-linked identifiers. */
  literals: readonly string[];
}

export const NO_PERSONAL_TERMS: PersonalTerms = { names: [], employers: [], places: [], literals: [] };

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

/** Where a scrubber would cut, for one person's text: sorted, disjoint spans of the text. */
export type ScrubSpanFinder = (text: string) => readonly Span[];

/** The spans createScrubber replaces, for measuring what it hides (see evaluation.ts). */
export function createScrubSpanFinder(personal: PersonalTerms = NO_PERSONAL_TERMS): ScrubSpanFinder {
  const prepared = preparePersonalValues(personal);
  return (text) => {
    if (text.length === 0) return [];
    const forms = textForms(text);
    return mergeSpans([...contactSpans(forms.detection), ...personalValueSpans(text, forms.caseless, prepared)]);
  };
}

/**
 * Removes contact details and the person's own identifying values from free text, replacing
 * each with SCRUB_MARKER and keeping everything around it. Runs before anything is indexed or
 * shown in a redacted view. Meant for text the person wrote, not for closed vocabularies.
 */
export function createScrubber(personal: PersonalTerms = NO_PERSONAL_TERMS): Scrubber {
  const findSpans = createScrubSpanFinder(personal);
  return (text) => {
    const spans = findSpans(text);
    if (spans.length === 0) return text;
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
